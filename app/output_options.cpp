#include "app/output_options.hpp"

#include <cstdio>

namespace incimap::app {

geo::ExportOptions parse_output_options(Args& args) {
  geo::ExportOptions output;
  output.path = args.value({"-o", "--output"}).value_or("-");
  output.format = args.value({"-f", "--format"}).value_or("");
  output.overwrite = args.flag({"--overwrite"}) ? geo::Overwrite::replace : geo::Overwrite::refuse;
  if (args.flag({"--append"})) output.append = geo::Append::upsert;
  if (const auto layer = args.value({"-nln"})) output.layer_name = *layer;
  return output;
}

void show_writer_warnings(const char* command, const geo::IncidentWriter& writer, const std::string& path) {
  for (const std::string& warning : writer.warnings())
    std::fprintf(stderr, "incimap %s: %s: warning: %s\n", command, path.c_str(), warning.c_str());
}

}  // namespace incimap::app
