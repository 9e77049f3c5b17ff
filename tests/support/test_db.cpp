#include "tests/support/test_db.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <iostream>

namespace schemaplan::testing {

std::string test_server() {
  const char* conninfo = std::getenv("SCHEMAPLAN_TEST_PG");
  if (!conninfo || !*conninfo)
    FAIL("SCHEMAPLAN_TEST_PG is not set: run the tests through scripts/test, which starts PostgreSQL");
  return conninfo;
}

ScratchDb::ScratchDb() {
  const std::string server = test_server();
  admin_ = std::make_unique<introspect::Database>(server);
  name_ = admin_->create_temp_database();
  conninfo_ = admin_->conninfo_for(name_);
}

ScratchDb::~ScratchDb() {
  db_.reset();  // close our own session first (WITH (FORCE) would end it anyway)
  try {
    admin_->drop_database(name_);
  } catch (const std::exception& e) {
    // A destructor must not throw; a leftover database is worth a line on the test log, not an abort.
    std::cerr << "warning: could not drop scratch database " << name_ << ": " << e.what() << '\n';
  }
}

introspect::Database& ScratchDb::db() {
  if (!db_) db_ = std::make_unique<introspect::Database>(conninfo_);
  return *db_;
}

void ScratchDb::exec(const std::string& sql) { db().execute(sql); }

Catalog ScratchDb::catalog() { return db().read_catalog(); }

}  // namespace schemaplan::testing
