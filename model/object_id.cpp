#include "model/object_id.h"

#include "model/generic.h"
#include "model/sql_writer.h"

namespace schemaplan {

std::string SourceSpan::str() const {
  if (file.empty()) return "";
  if (!known()) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

const char* kind_name(ObjectKind k) {
  switch (k) {
    case ObjectKind::Schema: return "schema";
    case ObjectKind::Extension: return "extension";
    case ObjectKind::Type: return "type";
    case ObjectKind::Sequence: return "sequence";
    case ObjectKind::Table: return "table";
    case ObjectKind::Column: return "column";
    case ObjectKind::Constraint: return "constraint";
    case ObjectKind::Index: return "index";
    case ObjectKind::Function: return "function";
    case ObjectKind::SequenceOwner: return "sequence ownership";
    case ObjectKind::View: return "view";
    case ObjectKind::MaterializedView: return "materialized view";
    case ObjectKind::Policy: return "policy";
    case ObjectKind::Grant: return "privileges";
    case ObjectKind::DefaultPrivilege: return "default privileges";
    case ObjectKind::Owner: return "owner";
    case ObjectKind::Trigger: return "trigger";
    case ObjectKind::Aggregate: return "aggregate";
    case ObjectKind::Collation: return "collation";
    case ObjectKind::Cast: return "cast";
    case ObjectKind::Operator: return "operator";
    case ObjectKind::OperatorClass: return "operator class";
    case ObjectKind::OperatorFamily: return "operator family";
    case ObjectKind::TextSearchParser: return "text search parser";
    case ObjectKind::TextSearchTemplate: return "text search template";
    case ObjectKind::TextSearchDictionary: return "text search dictionary";
    case ObjectKind::TextSearchConfiguration: return "text search configuration";
    case ObjectKind::Statistics: return "statistics";
    case ObjectKind::Rule: return "rule";
    case ObjectKind::EventTrigger: return "event trigger";
    case ObjectKind::Language: return "language";
    case ObjectKind::ForeignDataWrapper: return "foreign data wrapper";
    case ObjectKind::ForeignServer: return "server";
    case ObjectKind::UserMapping: return "user mapping";
    case ObjectKind::Publication: return "publication";
    case ObjectKind::AccessMethod: return "access method";
    case ObjectKind::Conversion: return "conversion";
  }
  return "object";
}

std::string ObjectId::sql_name() const {
  // Grants and default privileges keep a printable description in `name` (see model/privilege.cpp).
  if (kind == ObjectKind::Grant || kind == ObjectKind::DefaultPrivilege || kind == ObjectKind::Owner) return name;
  switch (kind) {
    // Names that are no identifiers: `(integer AS text)`, `public.+ (integer, integer)`, `app ON SERVER s`.
    case ObjectKind::Cast: return "(" + name + ")";
    case ObjectKind::Operator: return (schema.empty() ? "" : sql::ident(schema) + ".") + name + " (" + signature + ")";
    case ObjectKind::OperatorClass:
    case ObjectKind::OperatorFamily: return sql::qualified(schema, name) + " USING " + sql::ident(signature);
    case ObjectKind::Rule: return sql::ident(name) + " ON " + sql::qualified(schema, parent);
    case ObjectKind::UserMapping: return "for " + user_mapping_role(name) + " on server " + sql::ident(parent);
    default: break;
  }
  std::string out;
  if (!schema.empty()) out = sql::ident(schema) + ".";
  // Indexes are schema-level names; columns and constraints are named through their table.
  if (!parent.empty() && kind != ObjectKind::Index && kind != ObjectKind::SequenceOwner) out += sql::ident(parent) + ".";
  out += sql::ident(name);
  if (!signature.empty()) out += "(" + signature + ")";
  return out;
}

std::string ObjectId::str() const { return std::string(kind_name(kind)) + " " + sql_name(); }

}  // namespace schemaplan
