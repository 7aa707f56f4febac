// incimap: news articles to a map of incidents. Dispatches to a subcommand.

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/args.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/guarded_run.hpp"
#include "app/cli/interrupt_cleanup.hpp"
#include "app/cli/man_page.hpp"
#include "app/cli/shell_completion.hpp"
#include "app/commands.hpp"
#include "app/version.hpp"

namespace {

struct Command {
  const char* name;
  int (*run)(int argc, char** argv);
};

constexpr Command kCommands[] = {
    {"ingest", incimap::app::run_ingest},   {"places", incimap::app::run_places},
    {"extract", incimap::app::run_extract}, {"merge", incimap::app::run_merge},
    {"render", incimap::app::run_render},   {"view", incimap::app::run_view},
    {"gazetteer", incimap::app::run_gazetteer},
};

void print_help(std::FILE* out) {
  std::fprintf(out,
               "incimap %s - turn news articles into a map of incidents\n\n"
               "Usage: incimap COMMAND [OPTIONS] [INPUT...]\n\nCommands:\n",
               incimap::app::kVersion);
  for (const auto& c : incimap::app::command_specs())
    std::fprintf(out, "  %-18.*s %.*s\n", int(c.name.size()), c.name.data(), int(c.summary.size()), c.summary.data());
  std::fprintf(out,
               "\nRun 'incimap COMMAND --help' for a command's options.\n"
               "Other options: --version; --man-page (the manual page, roff, on stdout);\n"
               "--completion bash|zsh (the shell completion script on stdout).\n"
               "Exit codes: 0 success, 1 some inputs failed (the rest were processed),\n"
               "            2 usage error, 3 fatal error (nothing useful was produced).\n"
               "Data: GeoNames (CC BY 4.0), Natural Earth (public domain).\n");
}

int print_completion(std::string_view shell) {
  if (shell == "bash") {
    incimap::app::write_bash_completion(stdout);
  } else if (shell == "zsh") {
    incimap::app::write_zsh_completion(stdout);
  } else {
    std::fprintf(stderr, "incimap: --completion takes bash or zsh\n");
    return incimap::app::kExitUsage;
  }
  return incimap::app::kExitOk;
}

bool is_top_level_option(std::string_view first) {
  return first == "--help" || first == "-h" || first == "help" || first == "--version" || first == "--man-page" ||
         first == "--completion";
}

// The options that are not commands (is_top_level_option), run like one so
// that output lost to a full disk or a closed pipe is exit 3, not 0.
int run_top_level_option(int argc, char** argv) {
  const std::string_view first = argv[1];
  if (first == "--version") {
    std::printf("incimap %s\n", incimap::app::kVersion);
  } else if (first == "--man-page") {
    incimap::app::write_man_page(stdout);
  } else if (first == "--completion") {
    return print_completion(argc > 2 ? argv[2] : "");
  } else {
    print_help(stdout);
  }
  return incimap::app::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  incimap::app::install_interrupt_cleanup();
  if (argc < 2) {
    print_help(stderr);
    return incimap::app::kExitUsage;
  }
  const std::string_view first = argv[1];
  if (is_top_level_option(first)) return incimap::app::run_guarded(argv[1], run_top_level_option, argc, argv);
  std::vector<std::string_view> names;
  for (const auto& c : kCommands) {
    if (first == c.name) return incimap::app::run_guarded(c.name, c.run, argc, argv);
    names.emplace_back(c.name);
  }
  const std::string nearest = incimap::app::nearest_word(first, names);
  std::fprintf(stderr, "incimap: unknown command '%s'%s (try 'incimap --help')\n", argv[1],
               nearest.empty() ? "" : ("; did you mean " + nearest + "?").c_str());
  return incimap::app::kExitUsage;
}
