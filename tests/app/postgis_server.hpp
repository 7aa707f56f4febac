#pragma once
// A throwaway PostgreSQL + PostGIS server for the `-o PG:` tests: initdb in
// a temporary folder, listening on 127.0.0.1 at a free port, run as a user
// that is not root (`postgres` when the tests run as root), stopped and
// deleted by the destructor.

#include <optional>
#include <string>

namespace incimap::app::testing {

class PostgisServer {
 public:
  // Nothing (and `why_not` says what is missing) when the PostgreSQL 15
  // binaries or the PostGIS extension are not installed.
  static std::optional<PostgisServer> start(std::string& why_not);
  ~PostgisServer();
  PostgisServer(PostgisServer&& other) noexcept;
  PostgisServer(const PostgisServer&) = delete;
  PostgisServer& operator=(const PostgisServer&) = delete;
  PostgisServer& operator=(PostgisServer&&) = delete;

  // The connection string `incimap -o` takes: "PG:host=127.0.0.1 port=N dbname=incimap user=incimap".
  std::string connection() const;
  // psql -At: rows on lines, columns split by '|'. Throws on a failed query.
  std::string query(const std::string& sql) const;

 private:
  PostgisServer(std::string dir, int port, bool as_postgres_user) : dir_(std::move(dir)), port_(port), as_postgres_user_(as_postgres_user) {}
  std::string dir_;
  int port_ = 0;
  bool as_postgres_user_ = false;
};

}  // namespace incimap::app::testing
