#pragma once
// The last boundary of every command: an exception no command handled ends
// the process with exit 3 and a message naming the command, never
// std::terminate (which loses buffered output and leaves staging
// directories). Output that could not be written is an error too, whatever
// the command returned.

namespace incimap::app {

using CommandMain = int (*)(int argc, char** argv);

// Runs `run` and flushes stdout; returns its status, or 3 (kExitFatal) after
// printing "incimap NAME: fatal: WHAT" on stderr when it or the flush threw.
int run_guarded(const char* name, CommandMain run, int argc, char** argv);

}  // namespace incimap::app
