#pragma once
// Ctrl-C or a kill during an export must not leave the hidden staging
// directories of geo::StagedOutput behind: on SIGINT, SIGTERM or SIGHUP
// they are removed, then the process dies of the signal as it would have.

namespace incimap::app {

// Blocks the three signals in the calling thread (so in every thread it
// starts later) and starts a thread that waits for them. Call it first in
// main, before any other thread exists.
void install_interrupt_cleanup();

}  // namespace incimap::app
