// read_both_sides: both sides really run at once, errors are the ones a sequential run reports, and two live
// databases read at once give the catalogs read one after the other.
#include "introspect/both_sides.h"

#include <doctest/doctest.h>

#include <chrono>
#include <future>
#include <stdexcept>

#include "introspect/database.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using namespace schemaplan::introspect;

namespace {

Catalog with_schema(const std::string& name) {
  Catalog c;
  c.schemas.push_back(Schema{});
  c.schemas.back().name = name;
  return c;
}

}  // namespace

TEST_CASE("read_both_sides runs the two sides at the same time") {
  // `from` cannot finish until `to` has started: one after the other, it would wait for ever (here: time out).
  std::promise<void> to_started;
  std::future<void> started = to_started.get_future();
  auto [a, b] = read_both_sides(
      [&] {
        if (started.wait_for(std::chrono::seconds(20)) != std::future_status::ready)
          throw std::runtime_error("the sides ran one after the other");
        return with_schema("from");
      },
      [&] {
        to_started.set_value();
        return with_schema("to");
      });
  REQUIRE(a.schemas.size() == 1);
  REQUIRE(b.schemas.size() == 1);
  CHECK(a.schemas[0].name == "from");
  CHECK(b.schemas[0].name == "to");
}

TEST_CASE("read_both_sides reports the error a sequential run would") {
  auto fails = [](const char* what) { return [what]() -> Catalog { throw std::runtime_error(what); }; };
  auto fine = [] { return Catalog{}; };
  for (bool concurrently : {true, false}) {
    CAPTURE(concurrently);
    CHECK_THROWS_WITH(read_both_sides(fails("from"), fails("to"), concurrently), "from");
    CHECK_THROWS_WITH(read_both_sides(fine, fails("to"), concurrently), "to");
    CHECK_THROWS_WITH(read_both_sides(fails("from"), fine, concurrently), "from");
  }
  // One after the other, `to` is not even started when `from` failed (it may share `from`'s scratch database).
  bool to_ran = false;
  CHECK_THROWS(read_both_sides(fails("from"), [&] { to_ran = true; return Catalog{}; }, false));
  CHECK_FALSE(to_ran);
}

TEST_CASE("read_both_sides reads two live databases as one after the other does") {
  testing::ScratchDb x, y;
  x.exec("CREATE TYPE mood AS ENUM ('ok', 'sad'); CREATE TABLE t (id int PRIMARY KEY, m mood)");
  y.exec("CREATE TABLE t (id bigint PRIMARY KEY, note text); CREATE INDEX t_note ON t (note)");
  // Each side opens its own connection (connections are never shared between threads).
  auto read = [](const std::string& conninfo) { return [conninfo] { return Database(conninfo).read_catalog(); }; };
  auto [a, b] = read_both_sides(read(x.conninfo()), read(y.conninfo()));
  CHECK(a == x.catalog());
  CHECK(b == y.catalog());
  CHECK_FALSE(a == b);
}
