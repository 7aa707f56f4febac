// gen_geonames: writes a synthetic GeoNames allCountries-style table (and
// optionally an alternateNamesV2-style file) of any size, for benchmarking
// `incimap gazetteer build` and `incimap places` at full scale
// (scripts/bench-geoparser.sh). Exit status: 0 done, 2 usage error,
// 3 cannot write an output file.

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gen_geonames/synthetic_gazetteer.hpp"

namespace {

using namespace incimap::tools;

constexpr int kExitUsage = 2;
constexpr int kExitOutput = 3;

constexpr std::string_view kUsage =
    "Usage: gen_geonames -o TABLE [--alternate-names FILE] [--rows N] [--seed S]\n"
    "                    [--first-geonameid ID] [--alternates-scale X] [--overwrite]\n"
    "\n"
    "Writes a synthetic GeoNames table (the 19 columns of allCountries.txt) with N rows\n"
    "(default 3900000: an incimap index of about 12 million names) and, with\n"
    "--alternate-names, the matching alternateNamesV2.txt. Real country codes, time zones\n"
    "and coordinates; made-up names. The same options always give the same files.\n"
    "\n"
    "  --first-geonameid ID   first id (default 20000000, above every real GeoNames id)\n"
    "  --alternates-scale X   multiply the mean number of alternate names (default 1)\n"
    "  --overwrite            replace existing files\n"
    "\n"
    "Exit status: 0 ok, 2 usage, 3 cannot write an output file.\n";

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Options {
  std::string table;
  std::optional<std::string> alternate_names;
  GenerationOptions generation;
  bool overwrite = false;
};

template <typename Number>
Number parse_number(std::string_view option, std::string_view text) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size())
    throw UsageError(std::string(option) + " needs a number, not '" + std::string(text) + "'");
  return value;
}

Options parse_options(const std::vector<std::string_view>& args) {
  Options options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const auto value = [&]() -> std::string_view {
      if (i + 1 == args.size()) throw UsageError(std::string(arg) + " needs a value");
      return args[++i];
    };
    if (arg == "-o" || arg == "--output") options.table = std::string(value());
    else if (arg == "--alternate-names") options.alternate_names = std::string(value());
    else if (arg == "--rows") options.generation.rows = parse_number<std::uint64_t>(arg, value());
    else if (arg == "--seed") options.generation.seed = parse_number<std::uint64_t>(arg, value());
    else if (arg == "--first-geonameid") options.generation.first_geonameid = parse_number<std::uint32_t>(arg, value());
    else if (arg == "--alternates-scale") options.generation.alternates_scale = parse_number<double>(arg, value());
    else if (arg == "--overwrite") options.overwrite = true;
    else throw UsageError("unknown argument " + std::string(arg));
  }
  if (options.table.empty()) throw UsageError("missing -o TABLE");
  if (options.generation.rows < minimum_rows())
    throw UsageError("--rows must be at least " + std::to_string(minimum_rows()));
  if (!(options.generation.alternates_scale >= 0)) throw UsageError("--alternates-scale must be >= 0");
  return options;
}

// A file written under a temporary name and renamed when complete, so that
// an interrupted run never leaves a truncated table for a cache to reuse.
class StagedFile {
 public:
  explicit StagedFile(std::string path) : path_(std::move(path)), temp_(path_ + ".tmp") {
    stream_.rdbuf()->pubsetbuf(buffer_.get(), kBufferBytes);
    stream_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!stream_) throw OutputError(temp_ + ": " + std::strerror(errno));
  }
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  ~StagedFile() {
    if (!committed_) {
      std::error_code ignored;
      std::filesystem::remove(temp_, ignored);
    }
  }

  std::ostream& stream() noexcept { return stream_; }

  void commit() {
    stream_.close();
    if (!stream_) throw OutputError(temp_ + ": write failed (disk full?)");
    std::filesystem::rename(temp_, path_);
    committed_ = true;
  }

 private:
  static constexpr std::size_t kBufferBytes = 1u << 20;
  std::string path_;
  std::string temp_;
  std::unique_ptr<char[]> buffer_ = std::make_unique<char[]>(kBufferBytes);
  std::ofstream stream_;
  bool committed_ = false;
};

void refuse_overwrite(const Options& options) {
  if (options.overwrite) return;
  for (const std::string* path : {&options.table, options.alternate_names ? &*options.alternate_names : nullptr}) {
    if (path && std::filesystem::exists(*path)) throw OutputError(*path + " exists (use --overwrite to replace it)");
  }
}

void report(const Options& options, const GenerationStats& stats) {
  std::fprintf(stderr, "gen_geonames: %s: %llu rows (%llu divisions, %llu populated)\n", options.table.c_str(),
               static_cast<unsigned long long>(stats.rows), static_cast<unsigned long long>(stats.division_rows),
               static_cast<unsigned long long>(stats.populated_rows));
  if (options.alternate_names)
    std::fprintf(stderr, "gen_geonames: %s: %llu rows\n", options.alternate_names->c_str(),
                 static_cast<unsigned long long>(stats.alternate_name_rows));
  std::fprintf(stderr, "gen_geonames: an incimap index of these files holds %llu names (%llu from the table)\n",
               static_cast<unsigned long long>(
                   stats.table_index_names + (options.alternate_names ? stats.alternates_file_index_names : 0)),
               static_cast<unsigned long long>(stats.table_index_names));
}

int run(const Options& options) {
  refuse_overwrite(options);
  StagedFile table(options.table);
  std::optional<StagedFile> alternates;
  if (options.alternate_names) alternates.emplace(*options.alternate_names);
  const GenerationStats stats =
      generate_geonames(options.generation, table.stream(), alternates ? &alternates->stream() : nullptr);
  table.commit();
  if (alternates) alternates->commit();
  report(options, stats);
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
    return run(parse_options(args));
  } catch (const UsageError& error) {
    std::cerr << "gen_geonames: " << error.what() << "\n\n" << kUsage;
    return kExitUsage;
  } catch (const OutputError& error) {
    std::cerr << "gen_geonames: " << error.what() << '\n';
    return kExitOutput;
  } catch (const std::filesystem::filesystem_error& error) {
    std::cerr << "gen_geonames: " << error.what() << '\n';
    return kExitOutput;
  }
}
