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
