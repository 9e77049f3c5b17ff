#include "model/diagnostic.h"

#include <doctest/doctest.h>

using namespace schemaplan;

TEST_CASE("diagnostic prints file:line:col, the line and a caret") {
  Diagnostic d{Severity::Error, "parse-error", "syntax error at or near \"TABEL\"", {"schema.sql", 2, 8}};
  std::string src = "-- users\nCREATE TABEL users (id int);\n";
  CHECK(format_diagnostic(d, src) ==
        "schema.sql:2:8: error: syntax error at or near \"TABEL\"\n"
        "CREATE TABEL users (id int);\n"
        "       ^\n");
}

TEST_CASE("diagnostic without a span prints just the message") {
  Diagnostic d{Severity::Error, "connection-error", "could not connect", {}};
  CHECK(format_diagnostic(d, "") == "error: could not connect\n");
}

TEST_CASE("a long source line is echoed as a bounded window around the column, marked where it is cut") {
  std::string src = std::string(5000, 'x') + "BAD" + std::string(5000, 'y') + "\nnext line\n";
  Diagnostic d{Severity::Error, "parse-error", "syntax error at or near \"BAD\"", {"blob.sql", 1, 5001}};
  std::string out = format_diagnostic(d, src);
  auto first_nl = out.find('\n');
  auto second_nl = out.find('\n', first_nl + 1);
  std::string echoed = out.substr(first_nl + 1, second_nl - first_nl - 1);
  std::string caret = out.substr(second_nl + 1);
  CHECK(echoed.size() <= 200);
  CHECK(echoed.substr(0, 3) == "...");
  CHECK(echoed.substr(echoed.size() - 3) == "...");
  REQUIRE(echoed.find("BAD") != std::string::npos);
  CHECK(caret.find('^') == echoed.find("BAD"));  // the caret still points at the column
  CHECK(caret.back() == '\n');
}

TEST_CASE("the echoed line shows control characters and malformed bytes as '?', and counts characters for the caret") {
  Diagnostic d{Severity::Error, "encoding-error", "bad", {"f.sql", 1, 9}};
  // "caf\xC3\xA9" is 5 bytes, 4 characters; the bad byte \xE9 is at byte column 9.
  CHECK(format_diagnostic(d, std::string("caf\xC3\xA9 \x01 \xE9 z\n")) ==
        "f.sql:1:9: error: bad\n"
        "caf\xC3\xA9 ? ? z\n"
        "       ^\n");
}
