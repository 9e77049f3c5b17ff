#include "model/generic.h"

#include "model/sql_writer.h"

namespace schemaplan {

bool is_generic_kind(ObjectKind k) { return k >= ObjectKind::Aggregate && k <= ObjectKind::Conversion; }

std::string user_mapping_role(const std::string& role) {
  // PUBLIC and CURRENT_USER are keywords there, not role names (no role can be called public; a mapping the
  // files make for CURRENT_USER belongs to whoever runs them).
  return role == "PUBLIC" || role == "CURRENT_USER" ? role : sql::ident(role);
}

bool generic_commentable(ObjectKind k) { return k != ObjectKind::UserMapping; }

std::string generic_address(const ObjectId& id) {
  auto q = [&] { return sql::qualified(id.schema, id.name); };
  switch (id.kind) {
    case ObjectKind::Aggregate: return "AGGREGATE " + q() + "(" + (id.signature.empty() ? "*" : id.signature) + ")";
    case ObjectKind::Collation: return "COLLATION " + q();
    case ObjectKind::Cast: return "CAST (" + id.name + ")";
    case ObjectKind::Operator: return "OPERATOR " + id.sql_name();
    case ObjectKind::OperatorClass: return "OPERATOR CLASS " + id.sql_name();
    case ObjectKind::OperatorFamily: return "OPERATOR FAMILY " + id.sql_name();
    case ObjectKind::TextSearchParser: return "TEXT SEARCH PARSER " + q();
    case ObjectKind::TextSearchTemplate: return "TEXT SEARCH TEMPLATE " + q();
    case ObjectKind::TextSearchDictionary: return "TEXT SEARCH DICTIONARY " + q();
    case ObjectKind::TextSearchConfiguration: return "TEXT SEARCH CONFIGURATION " + q();
    case ObjectKind::Statistics: return "STATISTICS " + q();
    case ObjectKind::Rule: return "RULE " + id.sql_name();
    case ObjectKind::EventTrigger: return "EVENT TRIGGER " + sql::ident(id.name);
    case ObjectKind::Language: return "LANGUAGE " + sql::ident(id.name);
    case ObjectKind::ForeignDataWrapper: return "FOREIGN DATA WRAPPER " + sql::ident(id.name);
    case ObjectKind::ForeignServer: return "SERVER " + sql::ident(id.name);
    case ObjectKind::UserMapping: return "USER MAPPING FOR " + user_mapping_role(id.name) + " SERVER " + sql::ident(id.parent);
    case ObjectKind::Publication: return "PUBLICATION " + sql::ident(id.name);
    case ObjectKind::AccessMethod: return "ACCESS METHOD " + sql::ident(id.name);
    case ObjectKind::Conversion: return "CONVERSION " + q();
    case ObjectKind::Type: return "TYPE " + q();
    // A foreign table: the only relation kept as DDL text (COMMENT ON TABLE and DROP TABLE refuse it).
    case ObjectKind::Table: return "FOREIGN TABLE " + q();
    default: return std::string(kind_name(id.kind)) + " " + id.sql_name();
  }
}

}  // namespace schemaplan
