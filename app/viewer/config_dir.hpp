#pragma once
// Where the viewer keeps its settings (imgui.ini: panel layout and window size).

#include <filesystem>

namespace incimap::app {

// $XDG_CONFIG_HOME/incimap, else $HOME/.config/incimap, created when
// missing. Empty when neither is set or the folder cannot be created: the
// viewer then runs with the default layout and remembers nothing.
std::filesystem::path config_dir();

}  // namespace incimap::app
