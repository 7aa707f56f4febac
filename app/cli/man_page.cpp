#include "app/cli/man_page.hpp"

#include <string>
#include <string_view>

#include "app/cli/command_line.hpp"
#include "app/cli/help_text.hpp"
#include "app/version.hpp"

namespace incimap::app {
namespace {

// roff's special characters: a backslash, a dash (a hyphen otherwise, which
// breaks copying an option from the page), and a line starting with a dot
// or a quote (a request).
std::string roff(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

// Help text is laid out for a terminal; the page is filled by man, except
// indented lines (examples of output), which stay as they are.
void write_text(std::FILE* out, std::string_view text) {
  bool verbatim = false;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const bool indented = line.starts_with("  ");
    if (indented != verbatim) std::fputs(indented ? ".nf\n" : ".fi\n", out);
    verbatim = indented;
    if (line.empty()) {
      std::fputs(".PP\n", out);
    } else {
      std::fprintf(out, "%s\n", roff(line).c_str());
    }
    start = end + 1;
  }
  if (verbatim) std::fputs(".fi\n", out);
}

void write_option(std::FILE* out, const Option& option) {
  std::fprintf(out, ".TP\n.B %s\n", roff(option_label(option)).c_str());
  std::string help(option.help);
  for (char& c : help) {
    if (c == '\n') c = ' ';
  }
  std::fprintf(out, "%s\n", roff(help).c_str());
}

void write_command(std::FILE* out, const CommandSpec& spec) {
  std::fprintf(out, ".SS \"incimap %s\"\n", roff(spec.name).c_str());
  std::fprintf(out, ".B incimap %s\n.PP\n", roff(spec.usage).c_str());
  write_text(out, spec.description);
  for (const OptionGroup& group : spec.groups) {
    std::fprintf(out, ".PP\n%s:\n", roff(group.title).c_str());
    for (const Option& option : group.options) write_option(out, option);
  }
  if (!spec.epilogue.empty()) {
    std::fputs(".PP\n", out);
    write_text(out, spec.epilogue);
  }
}

}  // namespace

void write_man_page(std::FILE* out) {
  std::fprintf(out, ".TH INCIMAP 1 \"\" \"incimap %s\" \"User Commands\"\n", kVersion);
  std::fputs(".SH NAME\nincimap \\- turn news articles into a map of incidents\n"
             ".SH SYNOPSIS\n.B incimap\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIINPUT\\fR...]\n"
             ".br\n.B incimap\n\\-\\-help | \\-\\-version | \\-\\-man\\-page | \\-\\-completion bash|zsh\n"
             ".SH DESCRIPTION\n"
             "incimap reads news articles (text, HTML, JSON, JSON lines, RSS and Atom feeds), finds the\n"
             "places they name, resolves them with an offline gazetteer built from GeoNames, groups what\n"
             "happened where and when into incident records, and writes them through GDAL/OGR or draws\n"
             "them on a map. Every command is a streaming filter: JSON lines in, JSON lines or\n"
             "GeoJSON Sequence out, progress on stderr when it is a terminal.\n"
             ".PP\nOptions follow GNU and GDAL habits: short options bundle (\\fB\\-qj4\\fR), a long\n"
             "option takes its value after a space or an equals sign (\\fB\\-\\-output=OUT\\fR),\n"
             "\\fB\\-\\-\\fR ends the options, \\fB\\-\\fR is stdin or stdout, and ogr2ogr's\n"
             "\\fB\\-nln\\fR, \\fB\\-lco\\fR and \\fB\\-dsco\\fR keep their one dash.\n"
             ".SH COMMANDS\n",
             out);
  for (const CommandSpec& spec : command_specs()) write_command(out, spec);
  std::fputs(".SH ENVIRONMENT\n"
             ".TP\n.B INCIMAP_GAZETTEER\nthe gazetteer index (default: share/incimap/data/gazetteer.idx beside the binary)\n"
             ".TP\n.B INCIMAP_DATA_DIR\nthe data folder of the default gazetteer sources\n"
             ".TP\n.B INCIMAP_ASSETS_DIR\nshaders, fonts and the landmark list (default: share/incimap/assets)\n"
             ".SH EXIT STATUS\n0 success, 1 some inputs failed (the rest were processed), 2 usage error,\n"
             "3 fatal error (nothing useful was produced).\n"
             ".SH DATA\nGeoNames (CC BY 4.0), world\\-countries (ODbL), Natural Earth (public domain);\n"
             "see /usr/share/doc/incimap/THIRD\\-PARTY.md.\n"
             ".SH SEE ALSO\n.BR ogr2ogr (1),\n.BR ogrinfo (1)\n",
             out);
}

}  // namespace incimap::app
