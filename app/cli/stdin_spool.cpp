#include "app/cli/stdin_spool.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string_view>

#include "geo/base/input_error.hpp"

namespace incimap::app {
namespace {

constexpr std::size_t kBlock = 1 << 16;

std::string_view extension_for(std::string_view head) {
  const std::string_view first_line = head.substr(0, head.find('\n'));
  if (first_line.find("\"FeatureCollection\"") != std::string_view::npos) return ".geojson";
  if (first_line.find("\"Feature\"") != std::string_view::npos) return ".geojsonl";
  return ".jsonl";
}

std::size_t read_block(char* buffer) {
  for (;;) {
    const ssize_t n = ::read(STDIN_FILENO, buffer, kBlock);
    if (n >= 0) return static_cast<std::size_t>(n);
    if (errno != EINTR) throw geo::InputError("-", std::string("cannot read stdin: ") + std::strerror(errno));
  }
}

struct FileCloser {
  void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};

}  // namespace

StdinSpool::StdinSpool() {
  std::unique_ptr<char[]> buffer(new char[kBlock]);
  std::size_t n = read_block(buffer.get());
  const std::string name = "incimap-stdin-" + std::to_string(::getpid()) +
                           std::string(extension_for(std::string_view(buffer.get(), n)));
  staged_.emplace(std::filesystem::temp_directory_path() / name, geo::Overwrite::replace, "stdin");
  path_ = staged_->staging_path().string();
  std::unique_ptr<std::FILE, FileCloser> out(std::fopen(path_.c_str(), "wb"));
  if (!out) throw geo::InputError("-", "cannot copy stdin to " + path_ + ": " + std::strerror(errno));
  for (; n > 0; n = read_block(buffer.get())) {
    if (std::fwrite(buffer.get(), 1, n, out.get()) != n)
      throw geo::InputError("-", "cannot copy stdin to " + path_ + ": " + std::strerror(errno));
  }
  if (std::fclose(out.release()) != 0) throw geo::InputError("-", "cannot copy stdin to " + path_);
}

void replace_stdin_input(std::vector<std::string>& inputs, std::optional<StdinSpool>& spool) {
  for (std::string& input : inputs) {
    if (input != "-") continue;
    if (!spool) spool.emplace();
    input = spool->path();
  }
}

}  // namespace incimap::app
