#pragma once
// A small GNU-style argument reader for the subcommands: "-o OUT", "--out OUT",
// "--out=OUT", flags, and positional inputs ("-" is positional: stdin).

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace incimap::app {

// A usage error: the command prints it with a hint and exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  Args(int argc, char** argv, int first);

  // True (and consumed) when any of the names is present.
  bool flag(std::initializer_list<const char*> names);
  // The value of an option; throws UsageError when it lacks one.
  std::optional<std::string> value(std::initializer_list<const char*> names);
  // Every value of a repeatable option, in order.
  std::vector<std::string> values(std::initializer_list<const char*> names);
  // Everything left; throws UsageError on an unknown option.
  std::vector<std::string> positionals();

 private:
  std::vector<std::string> items_;
  std::vector<bool> used_;
};

std::size_t parse_size_or_throw(const std::string& option, const std::string& text);

}  // namespace incimap::app
