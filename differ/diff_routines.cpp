// Functions, procedures and triggers: what changes in place (CREATE OR REPLACE, ALTER TABLE ... ENABLE
// TRIGGER, COMMENT) and what must be dropped and created again.
#include <map>
#include <tuple>

#include "differ/change.h"
#include "differ/diff_by_key.h"

namespace schemaplan {
namespace {

using differ_detail::field;

bool is_input(char mode) { return mode == 'i' || mode == 'b' || mode == 'v'; }

std::vector<std::string> function_fields(const Function& a, const Function& b) {
  std::vector<std::string> f;
  field(f, "kind", a.kind, b.kind);
  field(f, "arguments", a.arguments, b.arguments);
  field(f, "result", a.result, b.result);
  field(f, "language", a.language, b.language);
  field(f, "body", std::tie(a.body, a.sql_body), std::tie(b.body, b.sql_body));
  field(f, "volatility", a.volatility, b.volatility);
  field(f, "strict", a.strict, b.strict);
  field(f, "security_definer", a.security_definer, b.security_definer);
  field(f, "leakproof", a.leakproof, b.leakproof);
  field(f, "parallel", a.parallel, b.parallel);
  field(f, "cost", a.cost, b.cost);
  field(f, "rows", a.rows, b.rows);
  field(f, "config", a.config, b.config);
  field(f, "comment", a.comment, b.comment);
  return f;
}

std::vector<std::string> trigger_fields(const Trigger& a, const Trigger& b) {
  std::vector<std::string> f;
  field(f, "definition", a.definition, b.definition);
  field(f, "enabled", a.enabled, b.enabled);
  field(f, "comment", a.comment, b.comment);
  return f;
}

}  // namespace

bool function_replaceable(const Function& a, const Function& b) {
  if (a.kind != b.kind || a.result != b.result || a.returns_set != b.returns_set) return false;
  std::vector<FunctionArg> out_a, out_b, in_a, in_b;
  for (const auto& x : a.args) (is_input(x.mode) ? in_a : out_a).push_back(x);
  for (const auto& x : b.args) (is_input(x.mode) ? in_b : out_b).push_back(x);
  // Output arguments make the result's row type; a procedure's are part of its identity anyway.
  if (out_a != out_b || in_a.size() != in_b.size()) return false;
  for (size_t i = 0; i < in_a.size(); ++i) {
    if (!in_a[i].name.empty() && in_a[i].name != in_b[i].name) return false;  // "cannot change name of input parameter"
    if (in_a[i].has_default && !in_b[i].has_default) return false;           // "cannot remove parameter defaults"
  }
  return true;
}

void diff_routines(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  differ_detail::diff_objects(from.functions, to.functions, out,
                              [](const Function& a, const Function& b, std::vector<std::string>& f) {
                                f = function_fields(a, b);
                                // down.sql makes the change backwards: naming an unnamed parameter is a
                                // replacement, taking the name away again is not.
                                return function_replaceable(a, b) && function_replaceable(b, a);
                              });
  // A trigger's definition changes by dropping and creating it again (in one transaction); its enabled state
  // and comment change in place.
  differ_detail::diff_objects(from.triggers, to.triggers, out,
                              [](const Trigger& a, const Trigger& b, std::vector<std::string>& f) {
                                f = trigger_fields(a, b);
                                return a.definition == b.definition;
                              });
}

}  // namespace schemaplan
