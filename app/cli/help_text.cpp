#include "app/cli/help_text.hpp"

#include <string_view>

namespace incimap::app {
namespace {

constexpr std::size_t kHelpColumn = 26;  // where an option's help starts, as GNU tools align it

void write_option(std::FILE* out, const Option& option) {
  std::string line = "  " + option_label(option);
  line += line.size() + 2 <= kHelpColumn ? std::string(kHelpColumn - line.size(), ' ') : "  ";
  std::string_view help = option.help;
  for (std::size_t start = 0;;) {
    const std::size_t end = help.find('\n', start);
    line += help.substr(start, end - start);
    line += '\n';
    if (end == std::string_view::npos) break;
    line += std::string(kHelpColumn, ' ');
    start = end + 1;
  }
  std::fputs(line.c_str(), out);
}

}  // namespace

std::string option_label(const Option& option) {
  std::string label(option.short_name);
  if (!option.long_name.empty()) {
    if (!label.empty()) label += ", ";
    label += option.long_name;
  }
  if (option.takes_value()) {
    label += ' ';
    label += option.value;
  }
  return label;
}

void write_help(std::FILE* out, const CommandSpec& spec) {
  std::string_view usage = spec.usage;
  for (std::size_t start = 0, n = 0;; ++n) {
    const std::size_t end = usage.find('\n', start);
    std::fprintf(out, "%s incimap %.*s\n", n == 0 ? "Usage:" : "      ", int(usage.substr(start, end - start).size()),
                 usage.substr(start, end - start).data());
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  std::fprintf(out, "\n%.*s\n", int(spec.description.size()), spec.description.data());
  bool first = true;
  for (const OptionGroup& group : spec.groups) {
    std::fprintf(out, "\n%.*s:\n", int(group.title.size()), group.title.data());
    for (const Option& option : group.options) write_option(out, option);
    if (first) write_option(out, kHelpOption);
    first = false;
  }
  if (!spec.epilogue.empty()) std::fprintf(out, "\n%.*s\n", int(spec.epilogue.size()), spec.epilogue.data());
}

}  // namespace incimap::app
