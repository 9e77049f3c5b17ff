#pragma once
/// Helpers for integration tests that need a real PostgreSQL server (scripts/test starts one and puts its
/// conninfo in SCHEMAPLAN_TEST_PG). Tests never skip for lack of a server: they fail and say how to run them.
#include <memory>
#include <string>

#include "introspect/database.h"
#include "model/model.h"

namespace schemaplan::testing {

/// The test server's conninfo from SCHEMAPLAN_TEST_PG, e.g. "host=127.0.0.1 port=55439 user=postgres".
/// When it is unset the current test fails (doctest FAIL) with a message naming scripts/test.
std::string test_server();

/// A database of its own for one test: created on the test server with a name unique across parallel test
/// processes (it holds the pid), dropped again by the destructor.
class ScratchDb {
 public:
  ScratchDb();
  ~ScratchDb();
  ScratchDb(const ScratchDb&) = delete;
  ScratchDb& operator=(const ScratchDb&) = delete;

  const std::string& name() const { return name_; }
  /// Conninfo that reaches this database (the test server's with dbname replaced).
  const std::string& conninfo() const { return conninfo_; }
  /// A connection to this database, opened on first use.
  introspect::Database& db();
  /// Runs SQL (several statements allowed) in this database.
  void exec(const std::string& sql);
  /// read_catalog() of this database.
  Catalog catalog();

 private:
  std::unique_ptr<introspect::Database> admin_;  // connected to the server's default database
  std::unique_ptr<introspect::Database> db_;
  std::string name_;
  std::string conninfo_;
};

}  // namespace schemaplan::testing
