#pragma once
// The incimap subcommands. Each returns the process exit code.

namespace incimap::app {

// Exit codes shared by every subcommand (documented in --help).
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeInputsFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitFatal = 3;

int run_ingest(int argc, char** argv);
int run_gazetteer(int argc, char** argv);
int run_places(int argc, char** argv);
int run_extract(int argc, char** argv);
int run_merge(int argc, char** argv);
int run_render(int argc, char** argv);
int run_view(int argc, char** argv);

}  // namespace incimap::app
