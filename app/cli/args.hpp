#pragma once
// The one argument parser of every subcommand, driven by the command's
// option table (command_line.hpp): "-o OUT", "-oOUT", "--output OUT",
// "--output=OUT", bundled short flags ("-qj4"), ogr2ogr's one-dash words
// ("-nln NAME"), "--" before inputs that start with a dash, and "-" as an
// input (stdin). An option the table lacks is a usage error that names the
// nearest one ("did you mean --output?").

#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/cli/option_table.hpp"

namespace incimap::app {

// A usage error: the command prints it with a hint and exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  // Parses argv[first..] against `spec`; throws UsageError.
  Args(int argc, char** argv, int first, const CommandSpec& spec);

  // Queries name an option of the table by any of its names; a name the
  // table lacks is a bug (asserted), not a usage error.
  // True when the option was given.
  bool flag(std::initializer_list<const char*> names) const;
  // The option's value, the last one when given more than once.
  std::optional<std::string> value(std::initializer_list<const char*> names) const;
  // Every value of a repeatable option, in order.
  std::vector<std::string> values(std::initializer_list<const char*> names) const;
  // The arguments that are no option, in order.
  const std::vector<std::string>& positionals() const noexcept { return positionals_; }
  // The command's name ("extract", "gazetteer build"), for messages.
  std::string_view command() const noexcept { return spec_.name; }

 private:
  struct Given {
    const Option* option;
    std::string value;
  };
  const Option* find(std::initializer_list<const char*> names) const;
  void read_long(const std::string& item, int& i, int argc, char** argv);
  void read_short(const std::string& item, int& i, int argc, char** argv);

  const CommandSpec& spec_;
  std::vector<Given> given_;
  std::vector<std::string> positionals_;
};

std::size_t parse_size_or_throw(const std::string& option, const std::string& text);

// The option of `spec` nearest to a mistyped `name` ("--outptu" → "--output",
// "--out" → "--output"), or empty when none is near.
std::string nearest_option(const CommandSpec& spec, std::string_view name);
// The same for a command or any other word of a closed list.
std::string nearest_word(std::string_view typed, const std::vector<std::string_view>& candidates);

}  // namespace incimap::app
