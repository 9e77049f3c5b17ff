// CREATE TRIGGER (the stored definition), DROP TRIGGER, ALTER TABLE ... ENABLE / DISABLE TRIGGER, COMMENT.
#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

std::string on_table(const Trigger& t) { return sql::ident(t.name) + " ON " + sql::qualified(t.schema, t.table); }

}  // namespace

Statements create_trigger(const Trigger& t) {
  Statements out{t.definition};
  if (t.enabled != 'O') out.push_back(trigger_state(t)[0]);
  if (t.comment) out.push_back(comment_trigger(t)[0]);
  return out;
}

Statements drop_trigger(const Trigger& t) { return {"DROP TRIGGER " + on_table(t)}; }

Statements trigger_state(const Trigger& t) {
  const char* how = "ENABLE";
  switch (t.enabled) {
    case 'D': how = "DISABLE"; break;
    case 'R': how = "ENABLE REPLICA"; break;
    case 'A': how = "ENABLE ALWAYS"; break;
    default: break;
  }
  return {"ALTER TABLE " + sql::qualified(t.schema, t.table) + " " + how + " TRIGGER " + sql::ident(t.name)};
}

Statements comment_trigger(const Trigger& t) { return {comment_on("TRIGGER", on_table(t), t.comment)}; }

Statements alter_trigger(const Trigger& before, const Trigger& after) {
  Statements out;
  if (before.enabled != after.enabled) out.push_back(trigger_state(after)[0]);
  if (before.comment != after.comment) out.push_back(comment_trigger(after)[0]);
  return out;
}

}  // namespace schemaplan::ddl
