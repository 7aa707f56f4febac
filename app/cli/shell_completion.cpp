#include "app/cli/shell_completion.hpp"

#include <string>
#include <string_view>

#include "app/cli/command_line.hpp"

namespace incimap::app {
namespace {

// The words a command's first argument can be: "gazetteer build" gives "gazetteer".
std::string command_words() {
  std::string words;
  std::string_view last;
  for (const CommandSpec& spec : command_specs()) {
    const std::string_view word = spec.name.substr(0, spec.name.find(' '));
    if (word == last) continue;
    if (!words.empty()) words += ' ';
    words += word;
    last = word;
  }
  return words;
}

std::string option_names(const CommandSpec& spec, std::string_view separator) {
  std::string names;
  for_each_option(spec, [&](const Option& option) {
    for (const std::string_view name : {option.short_name, option.long_name}) {
      if (name.empty()) continue;
      if (!names.empty()) names += separator;
      names += name;
    }
  });
  return names;
}

std::string_view bash_generator(Completes completes) {
  switch (completes) {
    case Completes::file: return "-f";
    case Completes::folder: return "-d";
    case Completes::choice:
    case Completes::nothing: break;
  }
  return "";
}

void write_bash_command(std::FILE* out, const CommandSpec& spec) {
  std::fprintf(out, "    '%.*s')\n      case \"$prev\" in\n", int(spec.name.size()), spec.name.data());
  for_each_option(spec, [&](const Option& option) {
    if (!option.takes_value()) return;
    std::string names(option.short_name);
    if (!option.long_name.empty()) names += (names.empty() ? "" : "|") + std::string(option.long_name);
    if (option.completes == Completes::choice) {
      std::fprintf(out, "        %s) COMPREPLY=($(compgen -W '%.*s' -- \"$cur\")); return ;;\n", names.c_str(),
                   int(option.choices.size()), option.choices.data());
    } else if (const auto generator = bash_generator(option.completes); !generator.empty()) {
      std::fprintf(out, "        %s) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen %.*s -- \"$cur\")); return ;;\n",
                   names.c_str(), int(generator.size()), generator.data());
    } else {
      std::fprintf(out, "        %s) return ;;\n", names.c_str());
    }
  });
  std::fprintf(out, "      esac\n      if [[ $cur == -* ]]; then\n        COMPREPLY=($(compgen -W '%s' -- \"$cur\"))\n",
               option_names(spec, " ").c_str());
  if (const auto generator = bash_generator(spec.positionals); !generator.empty()) {
    std::fprintf(out, "      else\n        compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen %.*s -- \"$cur\"))\n",
                 int(generator.size()), generator.data());
  }
  std::fputs("      fi ;;\n", out);
}

// zsh's _arguments spec text: a description in [...] and a message after ':'.
std::string zsh_quoted(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else if (c == '[' || c == ']' || c == ':' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string zsh_action(const Option& option) {
  switch (option.completes) {
    case Completes::file: return "_files";
    case Completes::folder: return "_files -/";
    case Completes::choice: return "(" + std::string(option.choices) + ")";
    case Completes::nothing: break;
  }
  return " ";
}

void write_zsh_command(std::FILE* out, const CommandSpec& spec) {
  std::fprintf(out, "    '%.*s') _arguments -s -S", int(spec.name.size()), spec.name.data());
  for_each_option(spec, [&](const Option& option) {
    const std::string_view summary = option.help.substr(0, option.help.find('\n'));
    std::string names;
    for (const std::string_view name : {option.short_name, option.long_name}) {
      if (name.empty()) continue;
      names += names.empty() ? "" : ",";
      names += name;
    }
    const bool both = !option.short_name.empty() && !option.long_name.empty();
    std::fprintf(out, " \\\n        '*'%s%s%s'[%s]", both ? "{" : "", names.c_str(), both ? "}" : "",
                 zsh_quoted(summary).c_str());
    if (option.takes_value())
      std::fprintf(out, ":%s:%s", zsh_quoted(option.value).c_str(), zsh_action(option).c_str());
    std::fputs("'", out);
  });
  if (spec.positionals == Completes::file) std::fputs(" \\\n        '*:input:_files'", out);
  std::fputs(" ;;\n", out);
}

}  // namespace

void write_bash_completion(std::FILE* out) {
  std::fprintf(out,
               "# bash completion for incimap, written by `incimap --completion bash` from its option tables.\n"
               "_incimap() {\n"
               "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
               "  if ((COMP_CWORD == 1)); then\n"
               "    COMPREPLY=($(compgen -W '%s --help --version --man-page --completion' -- \"$cur\"))\n"
               "    return\n"
               "  fi\n"
               "  local command=${COMP_WORDS[1]}\n"
               "  if [[ $command == --completion ]]; then COMPREPLY=($(compgen -W 'bash zsh' -- \"$cur\")); return; fi\n"
               "  if [[ $command == gazetteer ]]; then\n"
               "    if ((COMP_CWORD == 2)); then COMPREPLY=($(compgen -W 'build lookup --help' -- \"$cur\")); return; fi\n"
               "    command=\"gazetteer ${COMP_WORDS[2]}\"\n"
               "  fi\n"
               "  case \"$command\" in\n",
               command_words().c_str());
  for (const CommandSpec& spec : command_specs()) write_bash_command(out, spec);
  std::fputs("  esac\n}\ncomplete -F _incimap incimap\n", out);
}

void write_zsh_completion(std::FILE* out) {
  std::fputs("#compdef incimap\n"
             "# zsh completion for incimap, written by `incimap --completion zsh` from its option tables.\n"
             "_incimap() {\n"
             "  local -a commands\n"
             "  commands=(\n",
             out);
  std::string_view last;
  for (const CommandSpec& spec : command_specs()) {
    const std::string_view word = spec.name.substr(0, spec.name.find(' '));
    if (word == last) continue;
    last = word;
    const std::string_view summary = word == "gazetteer" ? "build the gazetteer index, or look names up in it" : spec.summary;
    std::fprintf(out, "    '%s:%s'\n", zsh_quoted(word).c_str(), zsh_quoted(summary).c_str());
  }
  std::fputs("  )\n"
             "  if ((CURRENT == 2)); then _describe -t commands 'incimap command' commands; return; fi\n"
             "  local command=$words[2]\n"
             "  if [[ $command == gazetteer ]]; then\n"
             "    if ((CURRENT == 3)); then _values 'gazetteer subcommand' build lookup; return; fi\n"
             "    command=\"gazetteer $words[3]\"\n"
             "    shift words; ((CURRENT--))\n"
             "  fi\n"
             "  shift words; ((CURRENT--))\n"
             "  case $command in\n",
             out);
  for (const CommandSpec& spec : command_specs()) write_zsh_command(out, spec);
  std::fputs("  esac\n}\n_incimap \"$@\"\n", out);
}

}  // namespace incimap::app
