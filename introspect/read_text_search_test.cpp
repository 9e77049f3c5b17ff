// Text search parsers, templates, dictionaries and configurations read from a live database as DDL text
// (model/generic.h), in the shape the parser writes (parser/transform_text_search.cpp).
#include <doctest/doctest.h>

#include <algorithm>

#include "introspect/database.h"
#include "tests/support/test_db.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using schemaplan::testing::ScratchDb;

namespace {

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("text search: statements as pg_dump writes them, mappings by token, owners, dependencies") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION dict_int;
    CREATE SCHEMA app;
    CREATE TEXT SEARCH PARSER app.p (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
                                     LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
    CREATE TEXT SEARCH TEMPLATE app.t (LEXIZE = dsimple_lexize, INIT = dsimple_init);
    CREATE TEXT SEARCH DICTIONARY app.d (TEMPLATE = app.t, STOPWORDS = english, ACCEPT = false);
    ALTER TEXT SEARCH DICTIONARY app.d (accept, accept = true);
    CREATE TEXT SEARCH DICTIONARY app.ints (TEMPLATE = intdict_template, MAXLEN = 4);
    CREATE TEXT SEARCH CONFIGURATION app.c (PARSER = app.p);
    ALTER TEXT SEARCH CONFIGURATION app.c ADD MAPPING FOR word, asciiword WITH app.d, english_stem;
    ALTER TEXT SEARCH CONFIGURATION app.c ADD MAPPING FOR int WITH app.ints;
    COMMENT ON TEXT SEARCH CONFIGURATION app.c IS 'mine';
    CREATE ROLE rt_ts_owner;
    ALTER TEXT SEARCH DICTIONARY app.d OWNER TO rt_ts_owner;
    CREATE TABLE docs (body text, words tsvector GENERATED ALWAYS AS (to_tsvector('app.c', body)) STORED);
    CREATE INDEX docs_fts ON docs USING gin (to_tsvector('app.c'::regconfig, body));
  )");
  Catalog c = s.catalog();
  s.exec("ALTER TEXT SEARCH DICTIONARY app.d OWNER TO CURRENT_USER; DROP ROLE rt_ts_owner;");
  const GenericObject* p = c.generic({ObjectKind::TextSearchParser, "app", "p", "", ""});
  REQUIRE(p != nullptr);
  CHECK(p->create == Lines{"CREATE TEXT SEARCH PARSER app.p (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, "
                           "HEADLINE = prsd_headline, LEXTYPES = prsd_lextype)"});
  const GenericObject* t = c.generic({ObjectKind::TextSearchTemplate, "app", "t", "", ""});
  REQUIRE(t != nullptr);
  CHECK(t->create == Lines{"CREATE TEXT SEARCH TEMPLATE app.t (INIT = dsimple_init, LEXIZE = dsimple_lexize)"});
  // The ALTER took `accept` away and appended it again: after `stopwords`, where PostgreSQL keeps it.
  const GenericObject* d = c.generic({ObjectKind::TextSearchDictionary, "app", "d", "", ""});
  REQUIRE(d != nullptr);
  CHECK(d->create == Lines{"CREATE TEXT SEARCH DICTIONARY app.d (TEMPLATE = app.t, stopwords = 'english', accept = 'true')"});
  CHECK(has(d->meta.deps, {ObjectKind::TextSearchTemplate, "app", "t", "", ""}));
  // A dictionary of an extension's template depends on the extension; the extension's own dictionary is its own.
  const GenericObject* ints = c.generic({ObjectKind::TextSearchDictionary, "app", "ints", "", ""});
  REQUIRE(ints != nullptr);
  CHECK(ints->create == Lines{"CREATE TEXT SEARCH DICTIONARY app.ints (TEMPLATE = public.intdict_template, maxlen = 4)"});
  CHECK(has(ints->meta.deps, {ObjectKind::Extension, "", "dict_int", "", ""}));
  CHECK(c.generic({ObjectKind::TextSearchDictionary, "public", "intdict", "", ""}) == nullptr);
  const GenericObject* cfg = c.generic({ObjectKind::TextSearchConfiguration, "app", "c", "", ""});
  REQUIRE(cfg != nullptr);
  CHECK(cfg->create == Lines{"CREATE TEXT SEARCH CONFIGURATION app.c (PARSER = app.p)",
                             "ALTER TEXT SEARCH CONFIGURATION app.c ADD MAPPING FOR asciiword WITH app.d, english_stem",
                             "ALTER TEXT SEARCH CONFIGURATION app.c ADD MAPPING FOR \"int\" WITH app.ints",
                             "ALTER TEXT SEARCH CONFIGURATION app.c ADD MAPPING FOR word WITH app.d, english_stem"});
  CHECK(cfg->comment == std::optional<std::string>("mine"));
  CHECK(has(cfg->meta.deps, {ObjectKind::TextSearchParser, "app", "p", "", ""}));
  CHECK(has(cfg->meta.deps, {ObjectKind::TextSearchDictionary, "app", "d", "", ""}));
  CHECK(has(cfg->meta.deps, {ObjectKind::TextSearchDictionary, "app", "ints", "", ""}));
  CHECK(std::any_of(c.owners.begin(), c.owners.end(),
                    [&](const Ownership& o) { return o.object == d->id() && o.owner == "rt_ts_owner"; }));
  // What names the configuration depends on it (pg_depend).
  const Table* docs = c.table("public", "docs");
  REQUIRE(docs != nullptr);
  CHECK(has(docs->column("words")->meta.deps, cfg->id()));
  REQUIRE(c.indexes.size() == 1);
  CHECK(has(c.indexes[0].meta.deps, cfg->id()));
  CHECK(c.unsupported.empty());
}
