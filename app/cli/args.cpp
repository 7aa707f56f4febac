#include "app/cli/args.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <string_view>

namespace incimap::app {
namespace {

const Option* option_named(const CommandSpec& spec, std::string_view name) {
  const Option* found = nullptr;
  for_each_option(spec, [&](const Option& option) {
    if (!found && !name.empty() && (option.short_name == name || option.long_name == name)) found = &option;
  });
  return found;
}

// Optimal string alignment distance: Levenshtein plus a swap of two
// neighbours as one edit, the commonest typo ("--ouptut").
std::size_t typo_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

[[noreturn]] void throw_unknown(const CommandSpec& spec, std::string_view name) {
  std::string message = "unknown option " + std::string(name);
  const std::string nearest = nearest_option(spec, name);
  if (!nearest.empty()) message += "; did you mean " + nearest + "?";
  throw UsageError(message);
}

}  // namespace

std::string nearest_word(std::string_view typed, const std::vector<std::string_view>& candidates) {
  // A unique prefix is what the user meant ("--out" for "--output").
  std::vector<std::string_view> extended;
  for (const std::string_view candidate : candidates) {
    if (typed.size() > 2 && candidate.size() > typed.size() && candidate.starts_with(typed)) extended.push_back(candidate);
  }
  if (extended.size() == 1) return std::string(extended.front());
  // Otherwise the nearest within a third of its length (one edit for short
  // words); a single letter ("-x") is near every other and gets none.
  if (typed.size() <= 2) return "";
  std::string_view best;
  std::size_t best_distance = std::max<std::size_t>(1, typed.size() / 3) + 1;
  for (const std::string_view candidate : candidates) {
    const std::size_t distance = typo_distance(typed, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return std::string(best);
}

std::string nearest_option(const CommandSpec& spec, std::string_view name) {
  std::vector<std::string_view> names;
  for_each_option(spec, [&](const Option& option) {
    for (const std::string_view candidate : {option.short_name, option.long_name}) {
      if (!candidate.empty()) names.push_back(candidate);
    }
  });
  return nearest_word(name, names);
}

Args::Args(int argc, char** argv, int first, const CommandSpec& spec) : spec_(spec) {
  bool options_ended = false;
  for (int i = first; i < argc; ++i) {
    const std::string item = argv[i];
    if (options_ended || item == "-" || item.empty() || item[0] != '-') {
      positionals_.push_back(item);
    } else if (item == "--") {
      options_ended = true;
    } else if (item.starts_with("--")) {
      read_long(item, i, argc, argv);
    } else {
      read_short(item, i, argc, argv);
    }
  }
}

void Args::read_long(const std::string& item, int& i, int argc, char** argv) {
  const std::size_t equals = item.find('=');
  const std::string name = item.substr(0, equals);
  const Option* option = option_named(spec_, name);
  if (!option) throw_unknown(spec_, name);
  if (!option->takes_value()) {
    if (equals != std::string::npos) throw UsageError("option " + name + " takes no value");
    given_.push_back({option, {}});
  } else if (equals != std::string::npos) {
    given_.push_back({option, item.substr(equals + 1)});
  } else {
    if (i + 1 >= argc) throw UsageError("option " + name + " needs a value");
    given_.push_back({option, argv[++i]});
  }
}

// "-nln NAME" (a one-dash word), "-j4", "-j 4", or flags bundled: "-qj4".
// A long name with one dash is the long option, as GDAL's tools spell
// theirs ("-overwrite", "-append"): read as a bundle, "-overwrite" would
// be -o with the value "verwrite".
void Args::read_short(const std::string& item, int& i, int argc, char** argv) {
  if (const Option* word = option_named(spec_, item); word && item.size() > 2) {
    if (!word->takes_value()) {
      given_.push_back({word, {}});
      return;
    }
    if (i + 1 >= argc) throw UsageError("option " + item + " needs a value");
    given_.push_back({word, argv[++i]});
    return;
  }
  if (const std::string name = item.substr(0, item.find('=')); name.size() > 2 && option_named(spec_, "-" + name)) {
    read_long("-" + item, i, argc, argv);
    return;
  }
  for (std::size_t at = 1; at < item.size(); ++at) {
    const std::string letter = std::string("-") + item[at];
    const Option* option = option_named(spec_, letter);
    if (!option) throw_unknown(spec_, at == 1 ? std::string_view(item) : std::string_view(letter));
    if (!option->takes_value()) {
      given_.push_back({option, {}});
      continue;
    }
    if (at + 1 < item.size()) {
      given_.push_back({option, item.substr(at + 1)});
    } else {
      if (i + 1 >= argc) throw UsageError("option " + letter + " needs a value");
      given_.push_back({option, argv[++i]});
    }
    return;
  }
}

const Option* Args::find(std::initializer_list<const char*> names) const {
  for (const char* name : names) {
    if (const Option* option = option_named(spec_, name)) return option;
  }
  assert(false && "the query names no option of the command's table");
  return nullptr;
}

bool Args::flag(std::initializer_list<const char*> names) const {
  const Option* option = find(names);
  return std::any_of(given_.begin(), given_.end(), [&](const Given& g) { return g.option == option; });
}

std::optional<std::string> Args::value(std::initializer_list<const char*> names) const {
  auto all = values(names);
  if (all.empty()) return std::nullopt;
  return std::move(all.back());
}

std::vector<std::string> Args::values(std::initializer_list<const char*> names) const {
  const Option* option = find(names);
  std::vector<std::string> result;
  for (const Given& g : given_) {
    if (g.option == option) result.push_back(g.value);
  }
  return result;
}

std::size_t parse_size_or_throw(const std::string& option, const std::string& text) {
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size())
    throw UsageError(option + " expects a whole number, not \"" + text + "\"");
  return value;
}

}  // namespace incimap::app
