#include "app/cli/args.hpp"

#include <charconv>

namespace incimap::app {

Args::Args(int argc, char** argv, int first) {
  for (int i = first; i < argc; ++i) items_.emplace_back(argv[i]);
  used_.assign(items_.size(), false);
}

bool Args::flag(std::initializer_list<const char*> names) {
  bool found = false;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (used_[i]) continue;
    for (const char* name : names) {
      if (items_[i] == name) {
        used_[i] = true;
        found = true;
      }
    }
  }
  return found;
}

std::optional<std::string> Args::value(std::initializer_list<const char*> names) {
  auto all = values(names);
  if (all.empty()) return std::nullopt;
  return all.back();
}

std::vector<std::string> Args::values(std::initializer_list<const char*> names) {
  std::vector<std::string> result;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (used_[i]) continue;
    for (const std::string name : names) {
      if (items_[i] == name) {
        if (i + 1 >= items_.size()) throw UsageError("option " + name + " needs a value");
        used_[i] = used_[i + 1] = true;
        result.push_back(items_[i + 1]);
      } else if (name.starts_with("--") && items_[i].starts_with(name + "=")) {
        used_[i] = true;
        result.push_back(items_[i].substr(name.size() + 1));
      }
    }
  }
  return result;
}

std::vector<std::string> Args::positionals() {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (used_[i]) continue;
    if (items_[i].size() > 1 && items_[i][0] == '-') throw UsageError("unknown option " + items_[i]);
    out.push_back(items_[i]);
  }
  return out;
}

std::size_t parse_size_or_throw(const std::string& option, const std::string& text) {
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size())
    throw UsageError(option + " expects a whole number, not \"" + text + "\"");
  return value;
}

}  // namespace incimap::app
