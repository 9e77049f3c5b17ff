#pragma once
/// One connection apply works on, for the whole run: the session advisory lock (apply/applier_lock.h) lives
/// as long as it does. libpqxx stays behind this interface, as in introspect/database.h.
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace schemaplan::apply {

/// A statement the server refused: its SQLSTATE (e.g. 55P03, lock_not_available) and message, one line.
class SqlFailure : public std::runtime_error {
 public:
  SqlFailure(std::string sqlstate, std::string message) : std::runtime_error(message), sqlstate_(std::move(sqlstate)) {}
  const std::string& sqlstate() const { return sqlstate_; }

 private:
  std::string sqlstate_;
};

/// The connection broke (server restarted, session terminated): nothing more can be run on it.
class ConnectionLost : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using Rows = std::vector<std::vector<std::optional<std::string>>>;

class Session {
 public:
  /// Connects and names the session `application_name` (what a second applier reports as the holder).
  /// Throws DiagnosticError ("connection-error", password redacted) when it cannot connect.
  Session(const std::string& conninfo, const std::string& application_name);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// Runs one statement on its own, outside a transaction block (autocommit): what a step that cannot run
  /// in a transaction needs. Throws SqlFailure or ConnectionLost.
  Rows run(const std::string& sql);
  /// Runs statements in one transaction and commits; on any failure the transaction is rolled back and the
  /// failure thrown, with `failed_index` set to the statement that failed.
  void run_in_transaction(const std::vector<std::string>& statements, size_t& failed_index);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace schemaplan::apply
