#pragma once
/// Roles are cluster-wide and schemaplan does not manage them: before a plan is handed out for a live
/// starting database, every role the desired schema names (grantees, policy roles, owners, default
/// privileges) must exist on that server, or the plan would fail halfway through.
#include <map>
#include <string>

#include "model/model.h"

namespace schemaplan::cli {

/// Throws DiagnosticError "missing-role" naming the first role of `desired` (in name order) that the server at
/// `conninfo` lacks, with the span of a statement naming it when `spans` has one.
void check_roles_exist(const Catalog& desired, const std::map<ObjectId, SourceSpan>& spans,
                       const std::string& conninfo);

/// check_roles_exist() in two halves, so that the query can run beside other work: the first role of `desired`
/// (in name order) that the server at `conninfo` lacks, or "" (one query on a connection of its own) ...
std::string first_missing_role(const Catalog& desired, const std::string& conninfo);
/// ... and the "missing-role" error for it.
[[noreturn]] void fail_missing_role(const Catalog& desired, const std::string& role,
                                    const std::map<ObjectId, SourceSpan>& spans);

/// Every role `desired` names, each with one object naming it (the first in id order).
std::map<std::string, ObjectId> named_roles(const Catalog& desired);

}  // namespace schemaplan::cli
