#include "postgis_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <utility>

namespace incimap::app::testing {
namespace {
namespace fs = std::filesystem;

constexpr const char* kBin = "/usr/lib/postgresql/15/bin";
constexpr const char* kPostgisControl = "/usr/share/postgresql/15/extension/postgis.control";

// A port nothing listens on now (the kernel's pick for a bind to port 0).
int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  int port = 0;
  if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    port = ntohs(address.sin_port);
  if (fd >= 0) ::close(fd);
  return port;
}

std::string shell_quoted(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs `command` through the shell, as `postgres` when asked; its output.
std::pair<int, std::string> run(const std::string& command, bool as_postgres_user) {
  const std::string shell = as_postgres_user ? "runuser -u postgres -- sh -c " + shell_quoted(command) : command;
  std::FILE* pipe = ::popen((shell + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return {-1, "popen failed"};
  std::string out;
  std::array<char, 4096> buffer{};
  std::size_t got = 0;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), got);
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

}  // namespace

std::optional<PostgisServer> PostgisServer::start(std::string& why_not) {
  if (!fs::exists(std::string(kBin) + "/initdb") || !fs::exists("/usr/bin/psql")) {
    why_not = "no PostgreSQL 15 server binaries in " + std::string(kBin) + " (Debian postgresql-15)";
    return std::nullopt;
  }
  if (!fs::exists(kPostgisControl)) {
    why_not = "no PostGIS extension (Debian postgresql-15-postgis-3)";
    return std::nullopt;
  }
  const bool root = ::geteuid() == 0;
  if (root && ::getpwnam("postgres") == nullptr) {
    why_not = "running as root and there is no postgres user to run the server as";
    return std::nullopt;
  }
  std::string dir = (fs::temp_directory_path() / ("incimap-pg-" + std::to_string(::getpid()))).string();
  fs::remove_all(dir);
  fs::create_directories(dir);
  if (root) run("chown postgres " + shell_quoted(dir), false);
  const int port = free_port();
  PostgisServer server(dir, port, root);
  const std::string bin = kBin;
  const auto init = run(bin + "/initdb -D " + shell_quoted(dir + "/data") + " -A trust -U incimap -E UTF8 --no-sync", root);
  if (init.first != 0) throw std::runtime_error("initdb failed: " + init.second);
  const std::string options = "-c listen_addresses=127.0.0.1 -p " + std::to_string(port) + " -k " + dir + " -c fsync=off";
  const auto up = run(bin + "/pg_ctl -D " + shell_quoted(dir + "/data") + " -l " + shell_quoted(dir + "/log") + " -o " +
                          shell_quoted(options) + " -w -t 60 start",
                      root);
  if (up.first != 0) throw std::runtime_error("pg_ctl start failed: " + up.second);
  const auto created = run("psql -h 127.0.0.1 -p " + std::to_string(port) +
                               " -U incimap -d postgres -qAt -c 'CREATE DATABASE incimap'",
                           false);
  if (created.first != 0) throw std::runtime_error("CREATE DATABASE failed: " + created.second);
  server.query("CREATE EXTENSION postgis");
  return server;
}

PostgisServer::PostgisServer(PostgisServer&& other) noexcept
    : dir_(std::exchange(other.dir_, {})), port_(other.port_), as_postgres_user_(other.as_postgres_user_) {}

PostgisServer::~PostgisServer() {
  if (dir_.empty()) return;
  run(std::string(kBin) + "/pg_ctl -D " + shell_quoted(dir_ + "/data") + " -m immediate -w stop", as_postgres_user_);
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string PostgisServer::connection() const {
  return "PG:host=127.0.0.1 port=" + std::to_string(port_) + " dbname=incimap user=incimap";
}

std::string PostgisServer::query(const std::string& sql) const {
  const auto [status, out] = run("psql -h 127.0.0.1 -p " + std::to_string(port_) +
                                     " -U incimap -d incimap -qAt -v ON_ERROR_STOP=1 -c " + shell_quoted(sql),
                                 false);
  if (status != 0) throw std::runtime_error("psql failed: " + sql + ": " + out);
  std::string rows = out;
  while (!rows.empty() && rows.back() == '\n') rows.pop_back();
  return rows;
}

}  // namespace incimap::app::testing
