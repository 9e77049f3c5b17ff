#include <doctest/doctest.h>

#include "introspect/database.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using schemaplan::testing::ScratchDb;

TEST_CASE("sequences: every option resolved, OWNED BY, comments, without identity sequences") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA app;
    CREATE SEQUENCE plain;
    CREATE SEQUENCE app.every AS smallint INCREMENT BY -2 MINVALUE -100 MAXVALUE 50 START WITH 10 CACHE 5 CYCLE;
    COMMENT ON SEQUENCE app.every IS 'counts down';
    CREATE TABLE app.t (id int, "Code" int, ident int GENERATED ALWAYS AS IDENTITY);
    ALTER SEQUENCE app.every OWNED BY app.t."Code";
    CREATE TABLE s (id serial, big bigserial);
    CREATE SEQUENCE "Odd Name" AS integer;
  )");
  Catalog c = s.catalog();
  std::vector<std::string> names;
  for (const auto& q : c.sequences) names.push_back(q.schema + "." + q.name);
  CHECK(names == std::vector<std::string>{"app.every", "public.Odd Name", "public.plain", "public.s_big_seq",
                                          "public.s_id_seq"});

  const Sequence* plain = c.sequence("public", "plain");
  CHECK(plain->options == SequenceOptions::defaults("bigint"));
  CHECK(plain->owned_by_table.empty());
  CHECK(plain->owned_by_column.empty());
  CHECK_FALSE(plain->comment.has_value());

  const Sequence* every = c.sequence("app", "every");
  CHECK(every->options.data_type == "smallint");
  CHECK(every->options.increment == -2);
  CHECK(every->options.min_value == -100);
  CHECK(every->options.max_value == 50);
  CHECK(every->options.start == 10);
  CHECK(every->options.cache == 5);
  CHECK(every->options.cycle);
  CHECK(every->owned_by_table == "t");
  CHECK(every->owned_by_column == "Code");
  CHECK(every->comment == "counts down");

  CHECK(c.sequence("public", "Odd Name")->options == SequenceOptions::defaults("integer"));
  const Sequence* serial = c.sequence("public", "s_id_seq");
  CHECK(serial->options == SequenceOptions::defaults("integer"));
  CHECK(serial->owned_by_table == "s");
  CHECK(serial->owned_by_column == "id");
  CHECK(c.sequence("public", "s_big_seq")->options == SequenceOptions::defaults("bigint"));
}
