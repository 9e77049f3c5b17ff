#include "differ/change.h"

namespace schemaplan {

const char* change_kind_name(ChangeKind k) {
  switch (k) {
    case ChangeKind::Create: return "create";
    case ChangeKind::Drop: return "drop";
    case ChangeKind::Alter: return "alter";
    case ChangeKind::Recreate: return "recreate";
  }
  return "?";
}

Change Change::inverse() const {
  Change c = *this;
  std::swap(c.before, c.after);
  if (kind == ChangeKind::Create) c.kind = ChangeKind::Drop;
  else if (kind == ChangeKind::Drop) c.kind = ChangeKind::Create;
  return c;
}

bool is_external_fk(const Constraint& c, const std::string& table_schema, const std::string& table_name) {
  return c.type == ConstraintType::ForeignKey && !(c.ref_schema == table_schema && c.ref_table == table_name);
}

}  // namespace schemaplan
