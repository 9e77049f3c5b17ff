// Objects kept as DDL text (model/generic.h): their statements as the producer wrote them, DROP and COMMENT ON
// through the one address of each kind.
#include <algorithm>

#include "model/sql_writer.h"
#include "model/text_search.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

std::string comment_generic(const GenericObject& g) {
  return "COMMENT ON " + generic_address(g.id()) + " IS " + (g.comment ? sql::literal(*g.comment) : std::string("NULL"));
}

}  // namespace

Statements create_generic(const GenericObject& g) {
  Statements out = g.create;
  if (g.comment && generic_commentable(g.kind)) out.push_back(comment_generic(g));
  return out;
}

Statements drop_generic(const GenericObject& g) { return {"DROP " + generic_address(g.id())}; }

Statements alter_generic(const GenericObject& before, const GenericObject& after) {
  Statements out;
  // An operator's second statement sets both estimators (parser/transform_operator.cpp); without one, neither
  // is set.
  if (after.kind == ObjectKind::Operator && before.create != after.create) {
    if (after.create.size() > 1) out.push_back(after.create[1]);
    else out.push_back("ALTER " + generic_address(after.id()) + " SET (RESTRICT = NONE, JOIN = NONE)");
  }
  // A statistics object's target is its second statement (parser/transform_statistics_rule.cpp); without one,
  // the columns' targets apply (-1).
  if (after.kind == ObjectKind::Statistics && before.create != after.create) {
    if (after.create.size() > 1) out.push_back(after.create[1]);
    else out.push_back("ALTER " + generic_address(after.id()) + " SET STATISTICS -1");
  }
  // A rule is replaced in place. CREATE OR REPLACE RULE keeps its enabled state (pg_rewrite.ev_enabled), so a
  // new state is set on its own: the ENABLE / DISABLE statement, or ENABLE RULE when it goes back to the usual.
  if (after.kind == ObjectKind::Rule && before.create != after.create && !after.create.empty()) {
    const std::string create = "CREATE RULE ";
    if ((before.create.empty() || before.create[0] != after.create[0]) && after.create[0].starts_with(create))
      out.push_back("CREATE OR REPLACE RULE " + after.create[0].substr(create.size()));
    const std::string before_state = before.create.size() > 1 ? before.create[1] : "";
    const std::string after_state = after.create.size() > 1 ? after.create[1] : "";
    if (before_state != after_state)
      out.push_back(!after_state.empty() ? after_state
                                         : "ALTER TABLE " + sql::qualified(after.schema, after.parent) + " ENABLE RULE " +
                                               sql::ident(after.name));
  }
  // A dictionary's options (differ/diff_generics.cpp: the template is the same). ALTER TEXT SEARCH DICTIONARY
  // takes each option in turn: named alone it is removed, with a value it is removed and appended. Naming those
  // `after` lacks, then all of `after`'s in order, leaves exactly `after`'s list, in its order.
  if (after.kind == ObjectKind::TextSearchDictionary && before.create != after.create) {
    auto old_text = split_dictionary(before.create.at(0)), new_text = split_dictionary(after.create.at(0));
    std::string list;
    for (const auto& [name, value] : old_text->options)
      // An init-capture: clang before 16 cannot capture a structured binding (the fuzz build uses clang 14).
      if (std::none_of(new_text->options.begin(), new_text->options.end(), [&n = name](const auto& o) { return o.first == n; }))
        list += (list.empty() ? "" : ", ") + name;
    for (const auto& [name, value] : new_text->options) list += (list.empty() ? "" : ", ") + name + " = " + value;
    if (!list.empty()) out.push_back("ALTER " + generic_address(after.id()) + " (" + list + ")");
  }
  if (before.comment != after.comment && generic_commentable(after.kind)) out.push_back(comment_generic(after));
  return out;
}

}  // namespace schemaplan::ddl
