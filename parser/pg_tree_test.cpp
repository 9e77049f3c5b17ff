#include "parser/pg_tree.h"

#include <doctest/doctest.h>

using namespace schemaplan::parser;

namespace {

// Every message below `m` in the order visit() promises (depth first, fields in descriptor order, only the set
// member of a oneof), walked field by field as protobuf-c describes them: what visit()'s shortcut for Node must
// reproduce.
void reference_walk(ProtobufCMessage* m, std::vector<ProtobufCMessage*>& out) {
  if (!m) return;
  out.push_back(m);
  const ProtobufCMessageDescriptor* d = m->descriptor;
  auto* base = reinterpret_cast<char*>(m);
  for (unsigned i = 0; i < d->n_fields; ++i) {
    const ProtobufCFieldDescriptor& fd = d->fields[i];
    if (fd.type != PROTOBUF_C_TYPE_MESSAGE) continue;
    if ((fd.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) && *reinterpret_cast<const uint32_t*>(base + fd.quantifier_offset) != fd.id)
      continue;
    if (fd.label == PROTOBUF_C_LABEL_REPEATED) {
      size_t n = *reinterpret_cast<const size_t*>(base + fd.quantifier_offset);
      auto** items = *reinterpret_cast<ProtobufCMessage***>(base + fd.offset);
      for (size_t k = 0; k < n; ++k) reference_walk(items[k], out);
    } else {
      reference_walk(*reinterpret_cast<ProtobufCMessage**>(base + fd.offset), out);
    }
  }
}

}  // namespace

TEST_CASE("a Node is a oneof of single messages only, which visit() goes to directly") {
  const ProtobufCMessageDescriptor& d = pg_query__node__descriptor;
  REQUIRE(d.n_fields > 200);
  for (unsigned i = 0; i < d.n_fields; ++i) {
    CAPTURE(d.fields[i].name);
    CHECK((d.fields[i].flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0);
    CHECK(d.fields[i].quantifier_offset == d.fields[0].quantifier_offset);
    CHECK(d.fields[i].type == PROTOBUF_C_TYPE_MESSAGE);
    CHECK(d.fields[i].label != PROTOBUF_C_LABEL_REPEATED);
  }
}

TEST_CASE("visit() reaches every message of a tree once, in field order") {
  const char* statements[] = {
      "CREATE TABLE t (id bigint PRIMARY KEY, a text NOT NULL DEFAULT lower('X'), b int CHECK (b > 0 AND b < 10))",
      "SELECT CASE WHEN x = ANY (ARRAY[1, 2]) THEN point '(1,2)' ELSE NULL END FROM t WHERE f(a, b => 2) IS NOT NULL",
      "CREATE INDEX i ON t USING gin (lower(a) COLLATE \"C\" text_pattern_ops) INCLUDE (b) WHERE a <> ''",
      "CREATE FUNCTION f(a int DEFAULT 1) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + 1; END",
  };
  for (const char* sql : statements) {
    CAPTURE(sql);
    TreeArena arena;
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql);
    REQUIRE(r.error == nullptr);
    PgQuery__ParseResult* tree = arena.unpack(r.parse_tree);
    pg_query_free_protobuf_parse_result(r);
    std::vector<ProtobufCMessage*> visited, expected;
    visit(&tree->base, [&](ProtobufCMessage* m) { visited.push_back(m); });
    reference_walk(&tree->base, expected);
    CHECK(visited.size() > 20);
    CHECK(visited == expected);
  }
}
