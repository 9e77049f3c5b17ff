#include "apply/applier_lock.h"

#include <doctest/doctest.h>

#include "model/diagnostic.h"
#include "tests/support/test_db.h"

using namespace schemaplan;

TEST_CASE("applier_lock_key is fixed per database name") {
  CHECK(apply::applier_lock_key("shop") == apply::applier_lock_key("shop"));
  CHECK(apply::applier_lock_key("shop") != apply::applier_lock_key("shop2"));
}

TEST_CASE("a second applier is refused and told who holds the lock, which goes with the session") {
  testing::ScratchDb scratch;
  auto first = std::make_unique<apply::Session>(scratch.conninfo(), "first applier");
  apply::take_applier_lock(*first, "");
  apply::Session second(scratch.conninfo(), "second applier");
  CHECK(apply::applier_lock_holder(second).find("'first applier' (pid ") == 0);
  CHECK_THROWS_WITH_AS(apply::take_applier_lock(second, ""), doctest::Contains("another applier is running"),
                       DiagnosticError);
  CHECK_THROWS_WITH_AS(apply::take_applier_lock(second, "200ms"), doctest::Contains("still held after --wait 200ms"),
                       DiagnosticError);
  first.reset();  // the session ends: the server releases its advisory lock
  apply::take_applier_lock(second, "5s");
  CHECK(apply::applier_lock_holder(second).find("'second applier'") == 0);
}
