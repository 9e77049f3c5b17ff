// CREATE AGGREGATE (a DefineStmt of kind OBJECT_AGGREGATE) as DDL text: the statement with its name
// qualified, its types canonical and its options sorted, deparsed.
#include <algorithm>

#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

/// The options whose value is a function name (a TypeName node in the tree, which is not a type).
const std::set<std::string> kFunctionOptions = {"sfunc",   "finalfunc", "combinefunc", "serialfunc",
                                                "deserialfunc", "msfunc", "minvfunc",    "mfinalfunc"};
/// The options whose value is a type.
const std::set<std::string> kTypeOptions = {"stype", "mstype", "basetype"};

}  // namespace

void Transformer::create_aggregate(const StmtCtx& ctx, PgQuery__DefineStmt* s) {
  if (s->oldstyle) ctx.unsupported("the old CREATE AGGREGATE syntax (BASETYPE = ...); write name(argument types)");
  QualName q = qual_name(strings(s->defnames, s->n_defnames));
  Node** name = arena_.nodes(2);
  name[0] = arena_.string_node(q.schema);
  name[1] = arena_.string_node(q.name);
  s->defnames = name;
  s->n_defnames = 2;
  // args = [list of FunctionParameter (direct arguments first), number of direct arguments or -1].
  std::vector<Node*> types;
  if (s->n_args >= 1 && s->args[0] && s->args[0]->node_case == PG_QUERY__NODE__NODE_LIST) {
    const auto* params = s->args[0]->list;
    for (size_t i = 0; i < params->n_items; ++i)
      if (params->items[i]->node_case == PG_QUERY__NODE__NODE_FUNCTION_PARAMETER)
        types.push_back(arena_.node(params->items[i]->function_parameter->arg_type));
  }
  GenericObject g;
  g.kind = ObjectKind::Aggregate;
  g.schema = q.schema;
  g.name = q.name;
  g.signature = type_list(types.data(), types.size());
  // Options in one order, so that two spellings of the same aggregate print alike.
  std::sort(s->definition, s->definition + s->n_definition, [](const Node* a, const Node* b) {
    return std::string_view(a->def_elem->defname) < std::string_view(b->def_elem->defname);
  });
  Node* stmt = arena_.node(s);
  auto deps = generic_refs(stmt, kFunctionOptions, kTypeOptions);
  g.create.push_back(deparse_statement(stmt));
  g.meta.deps = std::move(deps);
  add_generic(ctx, std::move(g), nullptr);
}

}  // namespace schemaplan::parser
