#include "apply/session.h"

#include <pqxx/pqxx>

#include "introspect/database.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"

namespace schemaplan::apply {
namespace {

/// The server's message on one line, without libpq's "ERROR:  " prefix (the caller names the step and SQL).
std::string one_line(std::string m) {
  for (const char* prefix : {"ERROR:  ", "FATAL:  "})
    if (m.rfind(prefix, 0) == 0) m = m.substr(std::string(prefix).size());
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  for (char& c : m)
    if (c == '\n') c = ' ';
  return m;
}

/// The server ended the session (a shutdown or restart, pg_terminate_backend: operator_intervention 57P0x) or
/// the connection broke (class 08): libpq may report either as an error of the statement that was running.
bool session_ended(const std::string& sqlstate) {
  return sqlstate.rfind("08", 0) == 0 || sqlstate.rfind("57P0", 0) == 0;
}

Rows rows_of(const pqxx::result& r) {
  Rows out;
  for (const auto& row : r) {
    auto& o = out.emplace_back();
    for (const auto& f : row) {
      if (f.is_null())
        o.emplace_back(std::nullopt);
      else
        o.emplace_back(std::string(f.c_str(), f.size()));
    }
  }
  return out;
}

}  // namespace

struct Session::Impl {
  explicit Impl(const std::string& conninfo) : conn(conninfo), quiet(conn) {}
  pqxx::connection conn;
  // NOTICEs ("schema already exists, skipping", a backfill's progress) are not apply's output: only cli/ prints.
  pqxx::quiet_errorhandler quiet;
};

Session::Session(const std::string& conninfo, const std::string& application_name) {
  try {
    impl_ = std::make_unique<Impl>(conninfo);
  } catch (const pqxx::broken_connection& e) {
    fail("connection-error", "could not connect to " + introspect::redact(conninfo) + ": " + one_line(e.what()));
  }
  run("SET application_name = " + sql::literal(application_name));
}

Session::~Session() = default;

Rows Session::run(const std::string& sql) {
  try {
    pqxx::nontransaction tx{impl_->conn};
    Rows out = rows_of(tx.exec(sql));
    tx.commit();
    return out;
  } catch (const pqxx::broken_connection& e) {
    throw ConnectionLost(one_line(e.what()));
  } catch (const pqxx::sql_error& e) {
    if (session_ended(e.sqlstate()) || !impl_->conn.is_open()) throw ConnectionLost(one_line(e.what()));
    throw SqlFailure(e.sqlstate(), one_line(e.what()));
  }
}

void Session::run_in_transaction(const std::vector<std::string>& statements, size_t& failed_index) {
  failed_index = 0;
  try {
    pqxx::work tx{impl_->conn};
    for (size_t i = 0; i < statements.size(); ++i) {
      failed_index = i;
      tx.exec(statements[i]);
    }
    failed_index = statements.size();
    tx.commit();
  } catch (const pqxx::broken_connection& e) {
    throw ConnectionLost(one_line(e.what()));
  } catch (const pqxx::in_doubt_error& e) {
    throw ConnectionLost(one_line(e.what()));
  } catch (const pqxx::sql_error& e) {
    if (session_ended(e.sqlstate()) || !impl_->conn.is_open()) throw ConnectionLost(one_line(e.what()));
    throw SqlFailure(e.sqlstate(), one_line(e.what()));
  }
}

}  // namespace schemaplan::apply
