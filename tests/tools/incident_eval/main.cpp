// incident_eval: scores `incimap extract` against the annotated incident
// corpora of ../shared/eval/incidents (event_location.jsonl, wikievents.jsonl;
// their README has the rules), or turns a corpus into the JSON lines extract
// reads. The corpus kind is told by its content. Exit status: 0 done,
// 2 usage error, 3 unreadable or malformed input, 4 cannot write an output.

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geoparse_eval/input_file.hpp"
#include "incident_eval/corpus.hpp"
#include "incident_eval/predictions.hpp"
#include "incident_eval/report.hpp"
#include "incident_eval/scoring.hpp"

namespace {

using namespace incimap::tools;

constexpr int kExitUsage = 2;
constexpr int kExitInput = 3;
constexpr int kExitOutput = 4;

constexpr std::string_view kUsage =
    "Usage: incident_eval CORPUS.jsonl --to-jsonl\n"
    "       incident_eval CORPUS.jsonl PREDICTIONS.geojsonl [--errors FILE] [--json]\n"
    "\n"
    "  CORPUS          event_location.jsonl or wikievents.jsonl (told apart by content)\n"
    "  --to-jsonl      print the documents as {\"id\",\"text\",\"published_at\"} lines for\n"
    "                  `incimap extract`; sentences with the same text are one document\n"
    "  PREDICTIONS     `incimap extract` GeoJSON Sequence output for those documents\n"
    "  --errors FILE   write missed and misplaced events as TSV\n"
    "  --json          print the metrics as one JSON object instead of the table\n"
    "Exit status: 0 ok, 2 usage, 3 unreadable or malformed input, 4 cannot write output.\n";

struct Options {
  std::string corpus;
  std::optional<std::string> predictions;
  std::optional<std::string> errors_file;
  bool to_jsonl = false;
  bool json = false;
};

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

Options parse_options(const std::vector<std::string_view>& args) {
  Options options;
  std::vector<std::string> positionals;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--to-jsonl") {
      options.to_jsonl = true;
    } else if (args[i] == "--json") {
      options.json = true;
    } else if (args[i] == "--errors") {
      if (++i == args.size()) throw UsageError("--errors needs a FILE");
      options.errors_file = std::string(args[i]);
    } else if (args[i].starts_with("--")) {
      throw UsageError("unknown option " + std::string(args[i]));
    } else {
      positionals.emplace_back(args[i]);
    }
  }
  if (positionals.empty()) throw UsageError("missing CORPUS.jsonl");
  if (positionals.size() > 2) throw UsageError("too many arguments");
  options.corpus = positionals[0];
  if (positionals.size() == 2) options.predictions = positionals[1];
  if (options.to_jsonl == options.predictions.has_value()) {
    throw UsageError("give either --to-jsonl or PREDICTIONS.geojsonl");
  }
  return options;
}

// WikiEvents lines carry "events"; event_location lines an "event".
bool is_wikievents(const std::string& path) {
  std::ifstream in(path);
  std::string first;
  if (!in || !std::getline(in, first)) throw InputError(path + ": cannot read");
  const auto parsed = nlohmann::json::parse(first, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) throw InputError(path + ":1: not a JSON object");
  return parsed.contains("events");
}

void print_document(std::ostream& out, const std::string& id, const std::string& text, const std::string& published) {
  nlohmann::json line{{"id", id}, {"text", text}};
  line["published_at"] = published.empty() ? nlohmann::json() : nlohmann::json(published);
  out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

template <typename Scores>
void report(const Options& options, const Scores& scores) {
  if (options.json) {
    print_json(std::cout, scores);
  } else {
    print_table(std::cout, scores);
  }
  if (!options.errors_file) return;
  std::ofstream errors(*options.errors_file);
  if (errors) print_errors(errors, scores);
  if (!errors) throw std::ios_base::failure(*options.errors_file + ": cannot write");
}

int run(const Options& options) {
  if (is_wikievents(options.corpus)) {
    const auto articles = read_wikievents(options.corpus);
    if (options.to_jsonl) {
      for (const WikiArticle& a : articles) print_document(std::cout, a.id, a.text, a.published_at);
      return 0;
    }
    report(options, score_wikievents(articles, read_predictions(*options.predictions)));
    return 0;
  }
  const auto lines = read_event_location(options.corpus);
  if (options.to_jsonl) {
    const auto documents = document_ids(lines);
    for (const EventLocationLine& line : lines) {
      if (documents.at(line.text) == line.id) print_document(std::cout, line.id, line.text, line.published_at);
    }
    return 0;
  }
  report(options, score_event_location(lines, read_predictions(*options.predictions)));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
    std::cout << kUsage;
    return 0;
  }
  try {
    return run(parse_options(args));
  } catch (const UsageError& e) {
    std::cerr << "incident_eval: " << e.what() << '\n' << kUsage;
    return kExitUsage;
  } catch (const InputError& e) {
    std::cerr << "incident_eval: " << e.what() << '\n';
    return kExitInput;
  } catch (const std::ios_base::failure& e) {
    std::cerr << "incident_eval: " << e.what() << '\n';
    return kExitOutput;
  }
}
