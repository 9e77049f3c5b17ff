// Operators and casts as DDL text (model/generic.h); conversions, access methods and procedural languages are
// not modelled yet (each says so). Operator classes and families: transform_opclass.cpp.
//
// An operator's text is two statements: the CREATE OPERATOR without RESTRICT and JOIN, then, when either is
// set, `ALTER OPERATOR ... SET (RESTRICT = ..., JOIN = ...)` with both named (NONE for the one not set). The
// estimators are the only part PostgreSQL 15 can change in place, so a change of the second statement alone
// is an ALTER, and anything else drops and creates the operator (differ/diff_generics.cpp).
#include <algorithm>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

/// Option values that are function names (TypeName nodes in the tree, which are no types).
const std::set<std::string> kOperatorFunctions = {"function", "procedure", "restrict", "join"};
const std::set<std::string> kOperatorTypes = {"leftarg", "rightarg"};

/// `a.b` of name parts, each quoted as needed (a function name as an option value).
std::string dotted(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ".") + sql::ident(p);
  return out;
}

/// The name parts of a function named as an option's value (a TypeName), or of a String / List value.
std::vector<std::string> value_parts(const Node* arg) {
  if (!arg) return {};
  if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) return strings(arg->type_name->names, arg->type_name->n_names);
  return name_parts(arg);
}

/// True when a HASHES / MERGES option is on: no value, or a true boolean one (`HASHES = true`).
bool flag_on(const PgQuery__DefElem* d) {
  if (!d->arg) return true;
  std::string v;
  if (d->arg->node_case == PG_QUERY__NODE__NODE_STRING) v = ascii_lower(d->arg->string->sval);
  else if (d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) v = ascii_lower(dotted(value_parts(d->arg)));
  else if (d->arg->node_case == PG_QUERY__NODE__NODE_INTEGER) return d->arg->integer->ival != 0;
  else if (d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) return d->arg->boolean->boolval;
  return !(v == "false" || v == "off" || v == "f" || v == "no" || v == "0");
}

}  // namespace

void Transformer::create_operator(const StmtCtx& ctx, PgQuery__DefineStmt* s) {
  QualName q = qual_name(strings(s->defnames, s->n_defnames));
  Node** name = arena_.nodes(2);
  name[0] = arena_.string_node(q.schema);
  name[1] = arena_.string_node(q.name);
  s->defnames = name;
  s->n_defnames = 2;
  Node* left = nullptr;
  Node* right = nullptr;
  std::string restrict_fn = "NONE", join_fn = "NONE";
  std::vector<Node*> kept;
  std::vector<std::vector<std::string>> estimators;  // RESTRICT's and JOIN's function names
  for (size_t i = 0; i < s->n_definition; ++i) {
    Node* n = s->definition[i];
    if (n->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    auto* d = n->def_elem;
    std::string opt = ascii_lower(d->defname ? d->defname : "");
    if (opt == "procedure") opt = "function";  // the older spelling
    // sort1, sort2, ltcmp and gtcmp survive from before MERGES: each only says the operator merges.
    if (opt == "sort1" || opt == "sort2" || opt == "ltcmp" || opt == "gtcmp") opt = "merges";
    d->defname = arena_.str(opt);
    if (opt == "leftarg") left = d->arg;
    else if (opt == "rightarg") right = d->arg;
    if (opt == "restrict" || opt == "join") {
      auto parts = value_parts(d->arg);
      if (parts.empty()) ctx.error("invalid-definition", "operator attribute \"" + opt + "\" needs a function", d->location);
      (opt == "restrict" ? restrict_fn : join_fn) = dotted(parts);
      estimators.push_back(parts);
      continue;  // written by the ALTER OPERATOR that follows
    }
    if (opt == "hashes" || opt == "merges") {
      bool on = flag_on(d);
      d->arg = nullptr;
      if (!on) continue;
      if (std::any_of(kept.begin(), kept.end(), [&](const Node* k) { return opt == k->def_elem->defname; })) continue;
    } else if (opt == "commutator" || opt == "negator") {
      // Links to other operators: no dependencies (PostgreSQL makes a shell operator for one not there yet,
      // and a pair names each other), but qualified so that the text means the same under any search_path.
      auto parts = value_parts(d->arg);
      if (parts.empty() || !d->arg || d->arg->node_case != PG_QUERY__NODE__NODE_LIST)
        ctx.error("invalid-definition", "operator attribute \"" + opt + "\" needs an operator", d->location);
      if (parts.size() == 1) parts.insert(parts.begin(), q.schema);  // a shell is made in the operator's schema
      auto* list = d->arg->list;
      list->n_items = parts.size();
      list->items = arena_.nodes(parts.size());
      for (size_t k = 0; k < parts.size(); ++k) list->items[k] = arena_.string_node(parts[k]);
    } else if (opt != "function" && opt != "leftarg" && opt != "rightarg") {
      ctx.unsupported("operator attribute \"" + opt + "\"", d->location);
    }
    kept.push_back(n);
  }
  if (!right) ctx.error("invalid-definition", "operator right argument type must be specified (postfix operators are gone)");
  if (!std::any_of(kept.begin(), kept.end(), [](const Node* k) { return std::string_view(k->def_elem->defname) == "function"; }))
    ctx.error("invalid-definition", "operator function must be specified");
  Node* types[2] = {left, right};
  GenericObject g;
  g.kind = ObjectKind::Operator;
  g.schema = q.schema;
  g.name = q.name;
  g.signature = type_list(types, 2);
  std::sort(kept.begin(), kept.end(), [](const Node* a, const Node* b) {
    return std::string_view(a->def_elem->defname) < std::string_view(b->def_elem->defname);
  });
  s->definition = arena_.nodes(kept.size());
  std::copy(kept.begin(), kept.end(), s->definition);
  s->n_definition = kept.size();
  Node* stmt = arena_.node(s);
  auto deps = generic_refs(stmt, kOperatorFunctions, kOperatorTypes);
  // What COMMUTATOR and NEGATOR name is no dependency (see above).
  std::erase_if(deps, [](const ObjectId& d) { return d.kind == ObjectKind::Operator; });
  for (const auto& parts : estimators)
    if (parts.size() <= 2 && !(parts.size() == 2 && parts[0] == "pg_catalog"))
      deps.push_back({ObjectKind::Function, parts.size() == 2 ? parts[0] : "", parts.back(), "", kUnresolvedRef});
  g.create.push_back(deparse_statement(stmt));
  if (restrict_fn != "NONE" || join_fn != "NONE")
    g.create.push_back("ALTER " + generic_address(g.id()) + " SET (RESTRICT = " + restrict_fn + ", JOIN = " + join_fn + ")");
  g.meta.deps = std::move(deps);
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::create_cast(const StmtCtx& ctx, PgQuery__CreateCastStmt* s) {
  if (!s->sourcetype || !s->targettype) ctx.error("invalid-definition", "CREATE CAST needs a source and a target type");
  Node* stmt = arena_.node(s);
  // Canonicalises the type names in place (the function's argument types too).
  auto deps = generic_refs(stmt);
  GenericObject g;
  g.kind = ObjectKind::Cast;
  g.name = resolve_type(s->sourcetype, scope_).text + " AS " + resolve_type(s->targettype, scope_).text;
  std::string text = deparse_statement(stmt);
  while (!text.empty() && text.back() == ' ') text.pop_back();  // the deparser ends WITHOUT FUNCTION with one
  g.create.push_back(std::move(text));
  g.meta.deps = std::move(deps);
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::alter_operator(const StmtCtx& ctx, PgQuery__AlterOperatorStmt* s) {
  if (!s->opername) ctx.error("invalid-definition", "ALTER OPERATOR needs an operator");
  QualName q = qual_name(strings(s->opername->objname, s->opername->n_objname));
  ObjectId id{ObjectKind::Operator, q.schema, q.name, "", type_list(s->opername->objargs, s->opername->n_objargs)};
  std::optional<std::string> restrict_fn, join_fn;  // unset: as it was; "NONE": taken away
  std::vector<ObjectId> deps;
  for (size_t i = 0; i < s->n_options; ++i) {
    if (s->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    auto* d = s->options[i]->def_elem;
    std::string opt = ascii_lower(d->defname ? d->defname : "");
    if (opt != "restrict" && opt != "join")
      ctx.unsupported("ALTER OPERATOR ... SET (" + opt + ")", d->location);  // PostgreSQL 17's options
    auto parts = value_parts(d->arg);  // none for NONE
    (opt == "restrict" ? restrict_fn : join_fn) = parts.empty() ? std::string("NONE") : dotted(parts);
    if (parts.size() == 1 || (parts.size() == 2 && parts[0] != "pg_catalog"))
      deps.push_back({ObjectKind::Function, parts.size() == 2 ? parts[0] : "", parts.back(), "", kUnresolvedRef});
  }
  defer(Phase::Changes, ctx, [this, ctx, id, restrict_fn, join_fn, deps] {
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& g) { return g.id() == id; });
    if (it == cat_.generics.end()) ctx.error("undefined-object", id.str() + " does not exist");
    // The estimators now set, from the statement create_operator() wrote (`... SET (RESTRICT = r, JOIN = j)`).
    std::string r = "NONE", j = "NONE";
    if (it->create.size() > 1) {
      const std::string& text = it->create[1];
      auto at_r = text.rfind("(RESTRICT = "), at_j = text.rfind(", JOIN = ");
      r = text.substr(at_r + 12, at_j - at_r - 12);
      j = text.substr(at_j + 9, text.size() - at_j - 10);
    }
    r = restrict_fn.value_or(r);
    j = join_fn.value_or(j);
    it->create.resize(1);
    if (r != "NONE" || j != "NONE") it->create.push_back("ALTER " + generic_address(id) + " SET (RESTRICT = " + r + ", JOIN = " + j + ")");
    for (const auto& d : deps)
      if (std::find(it->meta.deps.begin(), it->meta.deps.end(), d) == it->meta.deps.end()) it->meta.deps.push_back(d);
  });
}

namespace {

/// A function named by a conversion or an access method, as written (qualified or found on the search_path),
/// and the dependency it makes (resolved by name once every statement is read).
std::pair<std::string, ObjectId> function_named(const std::vector<std::string>& f) {
  std::string schema = f.size() >= 2 ? f[f.size() - 2] : "";
  return {sql::qualified(schema, f.back()), ObjectId{ObjectKind::Function, schema, f.back(), "", kUnresolvedRef}};
}

}  // namespace

/// `CREATE [DEFAULT] CONVERSION s.c FOR 'SRC' TO 'DEST' FROM f`, the encodings upper-cased as PostgreSQL
/// prints them. Its function is a dependency.
void Transformer::create_conversion(const StmtCtx& ctx, PgQuery__CreateConversionStmt* s) {
  QualName q = qual_name(strings(s->conversion_name, s->n_conversion_name));
  auto f = strings(s->func_name, s->n_func_name);
  if (f.empty()) ctx.error("invalid-definition", "a conversion needs a function");
  auto [function, dep] = function_named(f);
  GenericObject g;
  g.kind = ObjectKind::Conversion;
  g.schema = q.schema;
  g.name = q.name;
  g.create.push_back(std::string("CREATE ") + (s->def ? "DEFAULT " : "") + "CONVERSION " + sql::qualified(q.schema, q.name) +
                     " FOR " + sql::literal(ascii_upper(s->for_encoding_name)) + " TO " +
                     sql::literal(ascii_upper(s->to_encoding_name)) + " FROM " + function);
  g.meta.deps.push_back(std::move(dep));
  add_generic(ctx, std::move(g), nullptr);
}

/// `CREATE ACCESS METHOD a TYPE INDEX|TABLE HANDLER f` (access methods are database-wide: no schema).
void Transformer::create_access_method(const StmtCtx& ctx, PgQuery__CreateAmStmt* s) {
  auto f = strings(s->handler_name, s->n_handler_name);
  if (f.empty()) ctx.error("invalid-definition", "an access method needs a handler function");
  auto [function, dep] = function_named(f);
  std::string type = s->amtype && *s->amtype == 't' ? "TABLE" : "INDEX";
  GenericObject g;
  g.kind = ObjectKind::AccessMethod;
  g.name = s->amname;
  g.create.push_back("CREATE ACCESS METHOD " + sql::ident(g.name) + " TYPE " + type + " HANDLER " + function);
  g.meta.deps.push_back(std::move(dep));
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::create_language(const StmtCtx& ctx, PgQuery__CreatePLangStmt*) { ctx.unsupported("CREATE LANGUAGE"); }

}  // namespace schemaplan::parser
