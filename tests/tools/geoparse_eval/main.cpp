// geoparse_eval: scores `incimap places` output against a gold geoparsing
// corpus (LGL, TR-News; /work/shared/eval/README.md), or turns the corpus into
// the JSON lines the geoparser reads. Exit status: 0 done, 2 usage error,
// 3 unreadable or malformed input, 4 cannot write an output file.

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geoparse_eval/articles_jsonl.hpp"
#include "geoparse_eval/corpus.hpp"
#include "geoparse_eval/error_report.hpp"
#include "geoparse_eval/input_file.hpp"
#include "geoparse_eval/predictions.hpp"
#include "geoparse_eval/scoring.hpp"
#include "geoparse_eval/summary.hpp"

namespace {

using namespace incimap::tools;

constexpr int kExitUsage = 2;
constexpr int kExitInput = 3;
constexpr int kExitOutput = 4;

constexpr std::string_view kUsage =
    "Usage: geoparse_eval CORPUS.xml --to-jsonl\n"
    "       geoparse_eval CORPUS.xml PREDICTIONS.jsonl [--errors FILE] [--json]\n"
    "\n"
    "  --to-jsonl      print the corpus as {\"id\",\"text\"} JSON lines for `incimap places`\n"
    "  PREDICTIONS     `incimap places` output for those lines ('-' reads stdin)\n"
    "  --errors FILE   write false negatives/positives, unresolved and far (>= 161 km)\n"
    "                  matches as TSV, most frequent phrases first\n"
    "  --json          print the metrics as one JSON object instead of the table\n"
    "\n"
    "Scoring (Gritta et al. 2019): strings equal ignoring case, midpoints < 10 code points\n"
    "apart, greedy one-to-one; acc@161, AUC of ln(1+km), strict end-to-end acc@161.\n"
    "Exit status: 0 ok, 2 usage, 3 unreadable or malformed input, 4 cannot write output.\n";

struct Options {
  std::string corpus;
  std::optional<std::string> predictions;
  std::optional<std::string> errors_file;
  bool to_jsonl = false;
  bool json = false;
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void check_combination(const Options& options, std::size_t positionals) {
  if (positionals == 0) throw UsageError("missing CORPUS.xml");
  if (positionals > 2) throw UsageError("too many arguments");
  if (options.to_jsonl && (options.predictions || options.errors_file || options.json)) {
    throw UsageError("--to-jsonl takes no predictions, --errors or --json");
  }
  if (!options.to_jsonl && !options.predictions) throw UsageError("missing PREDICTIONS.jsonl (or --to-jsonl)");
}

Options parse_options(const std::vector<std::string_view>& args) {
  Options options;
  std::size_t positionals = 0;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--to-jsonl") {
      options.to_jsonl = true;
    } else if (arg == "--json") {
      options.json = true;
    } else if (arg == "--errors") {
      if (i + 1 == args.size()) throw UsageError("--errors needs a FILE");
      options.errors_file = std::string(args[++i]);
    } else if (arg.starts_with("--errors=")) {
      options.errors_file = std::string(arg.substr(std::string_view("--errors=").size()));
    } else if (arg.starts_with("-") && arg != "-") {
      throw UsageError("unknown option " + std::string(arg));
    } else if (positionals++ == 0) {
      options.corpus = std::string(arg);
    } else {
      options.predictions = std::string(arg);
    }
  }
  check_combination(options, positionals);
  return options;
}

Predictions load_predictions(const std::string& path) {
  if (path != "-") return read_predictions(path);
  const std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  return parse_predictions(bytes, "<stdin>");
}

void write_errors_file(const std::string& path, const Evaluation& evaluation) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw OutputError(path + ": " + std::strerror(errno));
  write_error_report(out, evaluation.findings);
  out.close();
  if (!out) throw OutputError(path + ": write failed");
}

int score(const Options& options) {
  const Corpus corpus = read_corpus(options.corpus);
  const Predictions predictions = load_predictions(*options.predictions);
  const Evaluation evaluation = evaluate(corpus, predictions);
  if (options.errors_file) write_errors_file(*options.errors_file, evaluation);
  const ScoredFiles files{options.corpus, *options.predictions};
  if (options.json) {
    std::cout << summary_json(evaluation, files).dump(2) << '\n';
  } else {
    print_summary(std::cout, evaluation, files);
  }
  return 0;
}

int run(const Options& options) {
  if (!options.to_jsonl) return score(options);
  write_articles_jsonl(std::cout, read_corpus(options.corpus));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  for (const std::string_view arg : args) {
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    }
  }
  try {
    const int status = run(parse_options(args));
    std::cout.flush();
    if (!std::cout) throw OutputError("stdout: write failed");
    return status;
  } catch (const UsageError& error) {
    std::cerr << "geoparse_eval: " << error.what() << "\n\n" << kUsage;
    return kExitUsage;
  } catch (const InputError& error) {
    std::cerr << "geoparse_eval: " << error.what() << '\n';
    return kExitInput;
  } catch (const OutputError& error) {
    std::cerr << "geoparse_eval: " << error.what() << '\n';
    return kExitOutput;
  }
}
