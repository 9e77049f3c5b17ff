#include <doctest/doctest.h>

#include <algorithm>

#include "parser/test_util.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;

namespace {

const GenericObject& object_of(const Catalog& c, ObjectKind kind, const std::string& schema, const std::string& name) {
  if (const auto* g = c.generic({kind, schema, name, "", ""})) return *g;
  FAIL("no " << kind_name(kind) << " " << schema << "." << name << " in\n" << testing::dump(c));
  throw;
}

std::vector<std::string> create_of(const Catalog& c, ObjectKind kind, const std::string& schema, const std::string& name) {
  return object_of(c, kind, schema, name).create;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("CREATE TEXT SEARCH PARSER | TEMPLATE | DICTIONARY: written as pg_dump writes them") {
  Catalog c = parse_sql(R"(
    create text search parser p (gettoken = prsd_nexttoken, START = pg_catalog.prsd_start, end = prsd_end,
                                 lextypes = prsd_lextype);
    create text search template app_tmpl (lexize = dsimple_lexize, init = dsimple_init);
    create function my_lexize(internal, internal, internal, internal) returns internal language internal as 'dsimple_lexize';
    create text search template public.lex_only (LEXIZE = my_lexize);
    create text search dictionary d (template = app_tmpl, StopWords = english, accept = false, "Odd" = 'it''s', n = 3, f = -1.50);
    create text search dictionary s (template = simple);
  )");
  CHECK(create_of(c, ObjectKind::TextSearchParser, "public", "p") ==
        Lines{"CREATE TEXT SEARCH PARSER public.p (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, "
              "LEXTYPES = prsd_lextype)"});
  CHECK(create_of(c, ObjectKind::TextSearchTemplate, "public", "app_tmpl") ==
        Lines{"CREATE TEXT SEARCH TEMPLATE public.app_tmpl (INIT = dsimple_init, LEXIZE = dsimple_lexize)"});
  // A user function is a dependency.
  CHECK(create_of(c, ObjectKind::TextSearchTemplate, "public", "lex_only") ==
        Lines{"CREATE TEXT SEARCH TEMPLATE public.lex_only (LEXIZE = my_lexize)"});
  CHECK(has(object_of(c, ObjectKind::TextSearchTemplate, "public", "lex_only").meta.deps,
            {ObjectKind::Function, "public", "my_lexize", "", "internal, internal, internal, internal"}));
  // Options in their order; numbers bare, anything else a literal, as dictinitoption stores them.
  CHECK(create_of(c, ObjectKind::TextSearchDictionary, "public", "d") ==
        Lines{"CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = public.app_tmpl, stopwords = 'english', accept = 'false', "
              "\"Odd\" = 'it''s', n = 3, f = -1.50)"});
  CHECK(object_of(c, ObjectKind::TextSearchDictionary, "public", "d").meta.deps ==
        std::vector<ObjectId>{{ObjectKind::TextSearchTemplate, "public", "app_tmpl", "", ""}});
  // pg_catalog's template: named with its schema, no dependency.
  CHECK(create_of(c, ObjectKind::TextSearchDictionary, "public", "s") ==
        Lines{"CREATE TEXT SEARCH DICTIONARY public.s (TEMPLATE = pg_catalog.simple)"});
  CHECK(object_of(c, ObjectKind::TextSearchDictionary, "public", "s").meta.deps.empty());
}

TEST_CASE("ALTER TEXT SEARCH DICTIONARY: options set, added and removed as PostgreSQL does") {
  Catalog c = parse_sql(R"(
    create text search dictionary d (template = simple, stopwords = english, accept = false);
    alter text search dictionary d (accept, STOPWORDS = 'danish', zz = 1);
  )");
  CHECK(create_of(c, ObjectKind::TextSearchDictionary, "public", "d") ==
        Lines{"CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = pg_catalog.simple, stopwords = 'danish', zz = 1)"});
  // The same dictionary created with its options in that order compares equal.
  Catalog same = parse_sql("create text search dictionary d (template = pg_catalog.simple, stopwords = danish, zz = 1);");
  CHECK(create_of(same, ObjectKind::TextSearchDictionary, "public", "d") == create_of(c, ObjectKind::TextSearchDictionary, "public", "d"));
  CHECK(parse_error("alter text search dictionary nope (accept = true);").code == "undefined-object");
  CHECK(parse_error("create text search dictionary d (template = simple); alter text search dictionary d (template = snowball);").code ==
        "invalid-definition");
}

TEST_CASE("CREATE TEXT SEARCH CONFIGURATION: mappings as pg_dump writes them, one ALTER per token") {
  Catalog c = parse_sql(R"(
    create schema app;
    create text search dictionary app.mine (template = simple);
    create text search parser app.p (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype);
    create text search configuration app.cfg (parser = app.p);
    alter text search configuration app.cfg add mapping for word, asciiword with app.mine, english_stem;
    alter text search configuration app.cfg add mapping for int with simple;
    alter text search configuration app.cfg alter mapping for int with app.mine;
    alter text search configuration app.cfg add mapping for uint, email with simple;
    alter text search configuration app.cfg drop mapping for email;
    alter text search configuration app.cfg drop mapping if exists for email;
    alter text search configuration app.cfg alter mapping replace english_stem with app.mine;
    alter text search configuration app.cfg alter mapping for uint replace simple with danish_stem;
    create text search configuration plain (parser = "default");
  )");
  CHECK(create_of(c, ObjectKind::TextSearchConfiguration, "app", "cfg") ==
        Lines{"CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = app.p)",
              "ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR asciiword WITH app.mine, app.mine",
              "ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR \"int\" WITH app.mine",
              "ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR uint WITH danish_stem",
              "ALTER TEXT SEARCH CONFIGURATION app.cfg ADD MAPPING FOR word WITH app.mine, app.mine"});
  const auto& deps = object_of(c, ObjectKind::TextSearchConfiguration, "app", "cfg").meta.deps;
  CHECK(has(deps, {ObjectKind::TextSearchParser, "app", "p", "", ""}));
  CHECK(has(deps, {ObjectKind::TextSearchDictionary, "app", "mine", "", ""}));
  CHECK(deps.size() == 2);
  CHECK(create_of(c, ObjectKind::TextSearchConfiguration, "public", "plain") ==
        Lines{"CREATE TEXT SEARCH CONFIGURATION public.plain (PARSER = pg_catalog.\"default\")"});
}

TEST_CASE("CREATE TEXT SEARCH CONFIGURATION ... COPY: the copied mappings when they are known") {
  Catalog c = parse_sql(R"(
    create text search configuration a (parser = default);
    alter text search configuration a add mapping for word with simple;
    create text search configuration b (copy = a);
    alter text search configuration a add mapping for asciiword with simple;
    create text search configuration ru (copy = pg_catalog.russian);
    alter text search configuration ru drop mapping for email, url, url_path, host, file, version, sfloat, float, int,
      uint, numword, hword_numpart, numhword, hword, hword_part;
    create text search configuration other (copy = ext.cfg);
    alter text search configuration other drop mapping for email;
  )");
  // The copy is made when its statement runs: what `a` gets later is not in `b`.
  CHECK(create_of(c, ObjectKind::TextSearchConfiguration, "public", "b") ==
        Lines{"CREATE TEXT SEARCH CONFIGURATION public.b (PARSER = pg_catalog.\"default\")",
              "ALTER TEXT SEARCH CONFIGURATION public.b ADD MAPPING FOR word WITH simple"});
  // A built-in configuration's mappings (Russian stems ASCII words as English).
  CHECK(create_of(c, ObjectKind::TextSearchConfiguration, "public", "ru") ==
        Lines{"CREATE TEXT SEARCH CONFIGURATION public.ru (PARSER = pg_catalog.\"default\")",
              "ALTER TEXT SEARCH CONFIGURATION public.ru ADD MAPPING FOR asciihword WITH english_stem",
              "ALTER TEXT SEARCH CONFIGURATION public.ru ADD MAPPING FOR asciiword WITH english_stem",
              "ALTER TEXT SEARCH CONFIGURATION public.ru ADD MAPPING FOR hword_asciipart WITH english_stem",
              "ALTER TEXT SEARCH CONFIGURATION public.ru ADD MAPPING FOR word WITH russian_stem"});
  // Spelled out, the same configuration compares equal.
  Catalog spelled = parse_sql(R"(
    create text search configuration ru (parser = pg_catalog.default);
    alter text search configuration ru add mapping for asciiword, asciihword, hword_asciipart with english_stem;
    alter text search configuration ru add mapping for word with russian_stem;
  )");
  CHECK(create_of(spelled, ObjectKind::TextSearchConfiguration, "public", "ru") ==
        create_of(c, ObjectKind::TextSearchConfiguration, "public", "ru"));
  // An unknown configuration's copy is kept as such, with the ALTERs after it as written.
  CHECK(create_of(c, ObjectKind::TextSearchConfiguration, "public", "other") ==
        Lines{"CREATE TEXT SEARCH CONFIGURATION public.other (COPY = ext.cfg)",
              "ALTER TEXT SEARCH CONFIGURATION public.other DROP MAPPING FOR email"});
}

TEST_CASE("text search configurations: errors at the statement") {
  CHECK(parse_error("create text search configuration c (parser = default, copy = english);").code == "invalid-definition");
  CHECK(parse_error("create text search configuration c (locale = 'x');").code == "invalid-definition");
  CHECK(parse_error("create text search configuration c (parser = default);"
                    "alter text search configuration c add mapping for nosuch with simple;").code == "undefined-object");
  CHECK(parse_error("create text search configuration c (parser = default);"
                    "alter text search configuration c add mapping for word with simple;"
                    "alter text search configuration c add mapping for word with simple;").code == "duplicate-object");
  CHECK(parse_error("create text search configuration c (parser = default);"
                    "alter text search configuration c drop mapping for word;").code == "undefined-object");
  CHECK(parse_error("alter text search configuration nope add mapping for word with simple;").code == "undefined-object");
  CHECK(parse_error("create text search template t (init = dsimple_init);").code == "invalid-definition");
  CHECK(parse_error("create text search parser p (start = prsd_start);").code == "invalid-definition");
  CHECK(parse_error("create text search dictionary d (stopwords = english);").code == "invalid-definition");
}

TEST_CASE("text search configurations: what names them depends on them, comment and owner") {
  Catalog c = parse_sql(R"(
    create text search configuration my_cfg (copy = english);
    create table docs (
      id int primary key,
      body text,
      words tsvector generated always as (to_tsvector('my_cfg', body)) stored,
      plain tsvector generated always as (to_tsvector('english', body)) stored,
      lang regconfig default 'public.my_cfg'::regconfig
    );
    create index docs_fts on docs using gin (to_tsvector('public.my_cfg'::regconfig, body));
    comment on text search configuration my_cfg is 'mine';
    alter text search configuration my_cfg owner to app_user;
  )");
  ObjectId cfg{ObjectKind::TextSearchConfiguration, "public", "my_cfg", "", ""};
  const Table* t = c.table("public", "docs");
  REQUIRE(t != nullptr);
  CHECK(has(t->column("words")->meta.deps, cfg));
  CHECK(t->column("plain")->meta.deps.empty());  // pg_catalog's english
  CHECK(has(t->column("lang")->meta.deps, cfg));
  // The bare literal is printed as PostgreSQL stores it.
  CHECK(*t->column("words")->generated == "to_tsvector('public.my_cfg'::regconfig, body)");
  CHECK(*t->column("plain")->generated == "to_tsvector('english'::regconfig, body)");
  REQUIRE(c.indexes.size() == 1);
  CHECK(has(c.indexes[0].meta.deps, cfg));
  CHECK(object_of(c, ObjectKind::TextSearchConfiguration, "public", "my_cfg").comment == std::optional<std::string>("mine"));
  CHECK(std::any_of(c.owners.begin(), c.owners.end(), [&](const Ownership& o) { return o.object == cfg && o.owner == "app_user"; }));
}

TEST_CASE("text search: a literal configuration stays a literal when the files make a function of that name") {
  // An unknown literal prefers a text parameter: with public.to_tsvector(text, text), the call may be that one.
  Catalog c = parse_sql(R"(
    create function to_tsvector(text, text) returns tsvector language sql immutable as $$ select to_tsvector($1::regconfig, $2) $$;
    create table t (body text);
    create index t_fts on t using gin (to_tsvector('english', body));
    create index t_simple on t using gin (to_tsquery('simple', body));
  )");
  REQUIRE(c.indexes.size() == 2);
  auto def = [&](const std::string& name) {
    auto it = std::find_if(c.indexes.begin(), c.indexes.end(), [&](const Index& i) { return i.name == name; });
    return it == c.indexes.end() ? std::string() : it->definition;
  };
  CHECK(def("t_fts") == "USING gin (to_tsvector('english', body))");
  CHECK(def("t_simple") == "USING gin (to_tsquery('simple'::regconfig, body))");
}

TEST_CASE("text search: a regconfig column's default names the configuration, cast or not") {
  Catalog c = parse_sql(R"(
    create text search configuration my_cfg (copy = simple);
    create table t (a regconfig default 'my_cfg', b regconfig default 'public.my_cfg'::regconfig, c regconfig default 'english');
  )");
  const Table* t = c.table("public", "t");
  REQUIRE(t != nullptr);
  ObjectId cfg{ObjectKind::TextSearchConfiguration, "public", "my_cfg", "", ""};
  CHECK(*t->column("a")->default_expr == *t->column("b")->default_expr);
  CHECK(has(t->column("a")->meta.deps, cfg));
  CHECK(has(t->column("b")->meta.deps, cfg));
  CHECK(t->column("c")->meta.deps.empty());
}
