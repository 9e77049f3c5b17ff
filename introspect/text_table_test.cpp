#include "introspect/text_table.h"

#include <doctest/doctest.h>

#include <stdexcept>

#include "introspect/catalog_reader.h"

using namespace schemaplan;
using namespace schemaplan::introspect;

TEST_CASE("parse_text_array reads array_out's quoting") {
  using V = std::vector<std::optional<std::string>>;
  CHECK(parse_text_array("{}") == V{});
  CHECK(parse_text_array("{a,b}") == V{"a", "b"});
  CHECK(parse_text_array(R"({"a b","c,d","e\"f","g\\h",NULL,"NULL",""})") ==
        V{"a b", "c,d", "e\"f", "g\\h", std::nullopt, "NULL", ""});
  CHECK(parse_text_array("{été,\"Ünï cödé\"}") == V{"été", "Ünï cödé"});
  CHECK_THROWS_AS(parse_text_array("a,b"), std::logic_error);
  CHECK_THROWS_AS(parse_text_array("{\"a}"), std::logic_error);
}

TEST_CASE("TextRow converts fields by column name") {
  TextTable t{{"s", "b", "n", "c", "l"}, {{"x", "t", "-42", "a", "{p,q}"}, {std::nullopt, "f", std::nullopt, "", std::nullopt}}};
  TextRow r0(t, 0), r1(t, 1);
  CHECK(r0.text("s") == "x");
  CHECK(r0.flag("b"));
  CHECK(r0.number("n") == -42);
  CHECK(r0.letter("c") == 'a');
  CHECK(r0.list("l") == std::vector<std::string>{"p", "q"});
  CHECK(r1.text("s").empty());
  CHECK_FALSE(r1.optional_text("s").has_value());
  CHECK_FALSE(r1.flag("b"));
  CHECK(r1.number("n") == 0);
  CHECK(r1.letter("c") == 0);
  CHECK(r1.list("l").empty());
  CHECK_THROWS_AS(r0.text("missing"), std::logic_error);
}

TEST_CASE("TextTable keeps NULL apart from empty text and each field to its own bounds") {
  TextTable t({"a", "b"});
  t.reserve(3, 4);
  t.add_field("xy");
  t.add_field(std::nullopt);
  t.end_row();
  t.add_field("");
  t.add_field("z");
  t.end_row();
  t.add_field(std::nullopt);
  t.add_field("");
  t.end_row();
  REQUIRE(t.size() == 3);
  CHECK(t.field(0, 0) == std::optional<std::string_view>("xy"));
  CHECK_FALSE(t.field(0, 1).has_value());
  CHECK(t.field(1, 0) == std::optional<std::string_view>(""));
  CHECK(t.field(1, 1) == std::optional<std::string_view>("z"));
  CHECK_FALSE(t.field(2, 0).has_value());
  CHECK(t.field(2, 1) == std::optional<std::string_view>(""));
  CHECK_THROWS_AS(t.field(3, 0), std::out_of_range);
  CHECK_THROWS_AS(t.field(0, 2), std::out_of_range);
  // A row must have exactly one field per column.
  t.add_field("only one");
  CHECK_THROWS_AS(t.end_row(), std::logic_error);
  CHECK_THROWS_AS(TextRow(TextTable({"a"}), 0).text("a"), std::out_of_range);
}

TEST_CASE("TextTable::append joins batches of one result, NULLs and empty text kept apart") {
  TextTable first{{"a", "b"}, {{"x", std::nullopt}, {"", "yz"}}};
  TextTable second{{"a", "b"}, {{std::nullopt, ""}, {"w", "v"}}};
  TextTable joined(first.columns());
  joined.reserve(first.size() + second.size(), first.text_bytes() + second.text_bytes());
  joined.append(first);
  joined.append(second);
  REQUIRE(joined.size() == 4);
  CHECK(joined.text_bytes() == 5);
  CHECK(joined.field(0, 0) == std::optional<std::string_view>("x"));
  CHECK_FALSE(joined.field(0, 1).has_value());
  CHECK(joined.field(1, 0) == std::optional<std::string_view>(""));
  CHECK(joined.field(1, 1) == std::optional<std::string_view>("yz"));
  CHECK_FALSE(joined.field(2, 0).has_value());
  CHECK(joined.field(2, 1) == std::optional<std::string_view>(""));
  CHECK(joined.field(3, 0) == std::optional<std::string_view>("w"));
  CHECK(joined.field(3, 1) == std::optional<std::string_view>("v"));
  // Only a table of the same columns joins.
  CHECK_THROWS_AS(joined.append(TextTable{{"a"}, {{"x"}}}), std::logic_error);
}

TEST_CASE("TextRow finds fields by column name, names of one length and first eight bytes told apart") {
  TextTable t{{"identity_min", "identity_max", "a", "", "identity"}, {{"1", "9", "x", "e", "i"}}};
  const TextRow r(t, 0);
  CHECK(r.text("identity_max") == "9");
  CHECK(r.text("identity_min") == "1");
  CHECK(r.text("identity") == "i");
  CHECK(r.text("a") == "x");
  CHECK(r.text("") == "e");
  CHECK(t.column_index("identity_max") == 1);
  CHECK_THROWS_AS(r.text("identity_mid"), std::logic_error);
  CHECK_THROWS_AS(r.text("identit"), std::logic_error);
  // A copy looks up as the original does.
  const TextTable copy = t;
  CHECK(TextRow(copy, 0).text("identity_min") == "1");
}

TEST_CASE("decode_deps turns quadruples into object ids") {
  auto deps = decode_deps({"E", "", "citext", "", "S", "public", "s", "", "F", "app", "f", "integer, text", "T",
                           "public", "mood", "", "R", "public", "t", ""});
  REQUIRE(deps.size() == 5);
  CHECK(deps[0] == ObjectId{ObjectKind::Extension, "", "citext", "", ""});
  CHECK(deps[1] == ObjectId{ObjectKind::Sequence, "public", "s", "", ""});
  CHECK(deps[2] == ObjectId{ObjectKind::Function, "app", "f", "", "integer, text"});
  CHECK(deps[3] == ObjectId{ObjectKind::Type, "public", "mood", "", ""});
  CHECK(deps[4] == ObjectId{ObjectKind::Table, "public", "t", "", ""});
  CHECK_THROWS_AS(decode_deps({"E", ""}), std::logic_error);
}

TEST_CASE("column_numbers reads SQL arrays, bounded arrays and int2vectors") {
  CHECK(column_numbers(std::nullopt).empty());
  CHECK(column_numbers(std::string_view("{}")).empty());
  CHECK(column_numbers(std::string_view("{1,-6,12}")) == std::vector<int>{1, -6, 12});
  CHECK(column_numbers(std::string_view("[0:1]={3,4}")) == std::vector<int>{3, 4});
  CHECK(column_numbers(std::string_view("2 0 5")) == std::vector<int>{2, 0, 5});
  CHECK(column_numbers(std::string_view("")).empty());
  CHECK_THROWS_AS(column_numbers(std::string_view("{1,x}")), std::logic_error);
  CHECK_THROWS_AS(column_numbers(std::string_view("{1,2")), std::logic_error);
}

TEST_CASE("RelationColumns names columns by number as the catalog queries' joins did") {
  // Two relations; a system column (tableoid, -6) and a gap where a dropped column was.
  RelationColumns columns(TextTable{{"rel", "number", "name"},
                                    {{"16400", "4", "c"}, {"16500", "1", "x"}, {"16400", "-6", "tableoid"},
                                     {"16400", "1", "id"}, {"16400", "2", "a b"}}});
  // Key order kept; each column once, at its first place; numbers the relation lacks left out.
  CHECK(columns.names("16400", {4, 1}) == std::vector<std::string>{"c", "id"});
  CHECK(columns.names("16400", {2, 2, 3}) == std::vector<std::string>{"a b"});
  // Then the columns expressions use, those not named yet, in their order.
  CHECK(columns.names("16400", {4}, {1, 4, -6}) == std::vector<std::string>{"c", "id", "tableoid"});
  CHECK(columns.names("16500", {1}) == std::vector<std::string>{"x"});
  CHECK(columns.names("16600", {1}).empty());
  CHECK_THROWS_AS(RelationColumns(TextTable{{"rel", "number", "name"}, {{"1", "1", "a"}, {"1", "1", "b"}}}), std::logic_error);
}

TEST_CASE("Dependencies lists what each column, constraint and index uses as deps() did") {
  using Row = std::vector<std::optional<std::string>>;
  const std::vector<std::string> cols = {"of", "objid", "objsubid", "refclassid", "refobjid", "k", "s", "n", "sig"};
  auto row = [](const char* of, const char* objid, const char* sub, const char* rc, const char* ro) {
    return Row{of, objid, sub, rc, ro, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  };
  auto ref = [](const char* rc, const char* ro, const char* k, const char* s, const char* n, const char* sig) {
    return Row{"r", std::nullopt, std::nullopt, rc, ro, k, s, n, sig};
  };
  const std::vector<Row> rows = {
      // Column 2 of table 16400: an enum type; its default (pg_attrdef 16410): a sequence and the same type again.
      row("c", "16400", "2", "1247", "16390"), row("d", "16410", "0", "1259", "16395"),
      row("d", "16410", "0", "1247", "16391"),
      // Column 3: an object the lists leave out (no 'r' row for it).
      row("c", "16400", "3", "1247", "16999"),
      // Constraint 16420 uses a function; its index 16430 an operator class; index 16440 a collation.
      row("k", "16420", "0", "1255", "16380"), row("c", "16430", "0", "2616", "16381"),
      row("c", "16440", "0", "3456", "16382"),
      // Referenced objects; the enum's array type (16391) is named as the enum itself.
      ref("1247", "16390", "T", "public", "mood", ""), ref("1247", "16391", "T", "public", "mood", ""),
      ref("1259", "16395", "S", "public", "t_id_seq", ""), ref("1255", "16380", "F", "public", "f", "integer"),
      ref("2616", "16381", "K", "public", "c_ops", "btree"), ref("3456", "16382", "C", "public", "de", ""),
  };
  const Dependencies deps(TextTable(cols, rows));
  const auto mood = ObjectId{ObjectKind::Type, "public", "mood", "", ""};
  const auto seq = ObjectId{ObjectKind::Sequence, "public", "t_id_seq", "", ""};
  // By kind letter, then schema and name; each object once.
  CHECK(deps.of_column(16400, 2, "16410") == std::vector<ObjectId>{seq, mood});
  CHECK(deps.of_column(16400, 2, std::nullopt) == std::vector<ObjectId>{mood});
  CHECK(deps.of_column(16400, 3, std::nullopt).empty());
  CHECK(deps.of_column(16400, 1, std::nullopt).empty());
  const auto f = ObjectId{ObjectKind::Function, "public", "f", "", "integer"};
  const auto ops = ObjectId{ObjectKind::OperatorClass, "public", "c_ops", "", "btree"};
  CHECK(deps.of_constraint("16420", "16430") == std::vector<ObjectId>{f, ops});
  CHECK(deps.of_constraint("16420", std::nullopt) == std::vector<ObjectId>{f});
  CHECK(deps.of_index("16440") == std::vector<ObjectId>{{ObjectKind::Collation, "public", "de", "", ""}});
  CHECK(deps.of_index("16450").empty());
  CHECK(Dependencies().of_index("16440").empty());
  CHECK_THROWS_AS(Dependencies(TextTable(cols, {ref("1247", "1", "?", "", "x", "")})), std::logic_error);
}
