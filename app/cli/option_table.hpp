#pragma once
// The command line declared as data: each subcommand's options, once. The
// parser (args.hpp), --help, the man page and the shell completions all
// read these tables, so an option exists in all of them or in none.

#include <span>
#include <string_view>

namespace incimap::app {

// What a shell completes after an option that takes a value, or for a
// command's positional arguments.
enum class Completes { nothing, file, folder, choice };

struct Option {
  std::string_view short_name;  // "-o", or ogr2ogr's one-dash words ("-nln"); may be empty
  std::string_view long_name;   // "--output"; may be empty when short_name is a word
  std::string_view value;       // "OUT"; empty for a flag
  std::string_view help;        // lines joined by '\n'; the first is the summary
  Completes completes = Completes::nothing;
  std::string_view choices = {};  // space-separated, when completes == choice
  // The name a message and a query use: the long one when there is one.
  std::string_view name() const noexcept { return long_name.empty() ? short_name : long_name; }
  bool takes_value() const noexcept { return !value.empty(); }
};

struct OptionGroup {
  std::string_view title;  // "Options", "Input options", ...
  std::span<const Option> options;
};

struct CommandSpec {
  std::string_view name;     // "extract", "gazetteer build"
  std::string_view summary;  // one line, for the command list
  std::string_view usage;    // after "Usage: incimap ", lines joined by '\n'
  std::string_view description;
  std::span<const OptionGroup> groups;
  std::string_view epilogue;  // exit codes and the like, after the options
  Completes positionals = Completes::file;
};

// -h, --help: every command takes it; the parser knows it without a table.
inline constexpr Option kHelpOption{"-h", "--help", "", "show this help on stdout and exit"};

// Every option `spec` takes, -h/--help last.
template <class Visit>
void for_each_option(const CommandSpec& spec, Visit&& visit) {
  for (const OptionGroup& group : spec.groups) {
    for (const Option& option : group.options) visit(option);
  }
  visit(kHelpOption);
}

}  // namespace incimap::app
