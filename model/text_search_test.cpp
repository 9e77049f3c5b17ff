#include <doctest/doctest.h>

#include "model/text_search.h"

using namespace schemaplan;

TEST_CASE("split_dictionary: the template part and the options as both producers write them") {
  auto d = split_dictionary(
      "CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = \"My\".\"t, x\", \"Odd \"\" = x\" = E'\\\\x, y = ''q''', "
      "aa = 1.5, mm = -3, zz = 'a, b = ''c''')");
  REQUIRE(d);
  CHECK(d->head == "CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = \"My\".\"t, x\"");
  using Options = std::vector<std::pair<std::string, std::string>>;
  CHECK(d->options == Options{{"\"Odd \"\" = x\"", "E'\\\\x, y = ''q'''"}, {"aa", "1.5"}, {"mm", "-3"}, {"zz", "'a, b = ''c'''"}});
  CHECK(d->head + dictionary_options_text(d->options) + ")" ==
        "CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = \"My\".\"t, x\", \"Odd \"\" = x\" = E'\\\\x, y = ''q''', "
        "aa = 1.5, mm = -3, zz = 'a, b = ''c''')");
  auto bare = split_dictionary("CREATE TEXT SEARCH DICTIONARY public.s (TEMPLATE = pg_catalog.simple)");
  REQUIRE(bare);
  CHECK(bare->head == "CREATE TEXT SEARCH DICTIONARY public.s (TEMPLATE = pg_catalog.simple");
  CHECK(bare->options.empty());
  CHECK_FALSE(split_dictionary("CREATE TEXT SEARCH DICTIONARY public.s (TEMPLATE = pg_catalog.simple, broken)"));
  CHECK_FALSE(split_dictionary("CREATE TEXT SEARCH CONFIGURATION public.c (PARSER = pg_catalog.\"default\")"));
}
