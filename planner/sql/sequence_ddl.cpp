#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {
/// Every option spelled out: "not stated" and "stated as the default" are the same sequence, and writing
/// them all makes the statement independent of the server's defaults.
std::string options(const SequenceOptions& o, bool with_type) {
  std::string s;
  if (with_type) s += " AS " + o.data_type;
  s += " INCREMENT BY " + std::to_string(o.increment);
  s += " MINVALUE " + std::to_string(o.min_value);
  s += " MAXVALUE " + std::to_string(o.max_value);
  s += " START WITH " + std::to_string(o.start);
  s += " CACHE " + std::to_string(o.cache);
  s += o.cycle ? " CYCLE" : " NO CYCLE";
  return s;
}
}  // namespace

Statements create_sequence(const Sequence& s) {
  Statements out{"CREATE SEQUENCE " + sql::qualified(s.schema, s.name) + options(s.options, true)};
  if (s.comment) out.push_back(comment_on("SEQUENCE", sql::qualified(s.schema, s.name), s.comment));
  return out;
}

Statements drop_sequence(const Sequence& s) { return {"DROP SEQUENCE " + sql::qualified(s.schema, s.name)}; }

bool sequence_needs_restart(const SequenceOptions& before, const SequenceOptions& after) {
  return before.start < after.min_value || before.start > after.max_value;
}

Statements alter_sequence(const Sequence& before, const Sequence& after) {
  Statements out;
  if (!(before.options == after.options)) {
    std::string s = "ALTER SEQUENCE " + sql::qualified(after.schema, after.name) + options(after.options, true);
    if (sequence_needs_restart(before.options, after.options)) s += " RESTART WITH " + std::to_string(after.options.start);
    out.push_back(s);
  }
  if (before.comment != after.comment)
    out.push_back(comment_on("SEQUENCE", sql::qualified(after.schema, after.name), after.comment));
  return out;
}

Statements set_sequence_owner(const SequenceOwnership& o) {
  return {"ALTER SEQUENCE " + sql::qualified(o.schema, o.sequence) + " OWNED BY " + sql::qualified(o.schema, o.table) +
          "." + sql::ident(o.column)};
}

Statements drop_sequence_owner(const SequenceOwnership& o) {
  return {"ALTER SEQUENCE " + sql::qualified(o.schema, o.sequence) + " OWNED BY NONE"};
}

}  // namespace schemaplan::ddl
