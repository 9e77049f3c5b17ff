// CREATE [OR REPLACE] FUNCTION / PROCEDURE, COMMENT ON FUNCTION / PROCEDURE / ROUTINE, and the resolution of
// function references that expressions and bodies make (by name: the overload is not known from a call).
#include <algorithm>
#include <cstdlib>
#include <regex>

#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

void add_dep(std::vector<ObjectId>& v, ObjectId id) {
  if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(std::move(id));
}

/// PostgreSQL drops type modifiers from argument and result types: `varchar(20)` is `character varying`.
std::string without_typmods(const std::string& type) {
  static const std::regex typmod(R"(\([0-9, ]+\))");
  return std::regex_replace(type, typmod, "");
}

char mode_letter(PgQuery__FunctionParameterMode m) {
  switch (m) {
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT: return 'o';
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_INOUT: return 'b';
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_VARIADIC: return 'v';
    case PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE: return 't';
    default: return 'i';
  }
}

const char* mode_word(char m) {
  switch (m) {
    case 'o': return "OUT ";
    case 'b': return "INOUT ";
    case 'v': return "VARIADIC ";
    default: return "";
  }
}

/// Tables (RangeVar) and functions (FuncCall) a parsed statement names, as unresolved references (see
/// Transformer::resolve_routine_refs()).
void collect_refs(ProtobufCMessage* m, std::vector<ObjectId>& out, bool functions) {
  visit(m, [&](ProtobufCMessage* x) {
    if (auto* rv = as<PgQuery__RangeVar>(x, pg_query__range_var__descriptor)) {
      if (rv->relname && *rv->relname)
        add_dep(out, ObjectId{ObjectKind::Table, rv->schemaname && *rv->schemaname ? rv->schemaname : "", rv->relname,
                              "", kUnresolvedRef});
    } else if (as<PgQuery__TypeCast>(x, pg_query__type_cast__descriptor) && functions) {
      add_text_search_ref(out, x);  // `'public.cfg'::regconfig`
    } else if (auto* a = as<PgQuery__AExpr>(x, pg_query__a__expr__descriptor); a && functions) {
      add_operator_ref(out, a);  // PostgreSQL records the operators of an SQL-standard body too
    } else if (auto* f = as<PgQuery__FuncCall>(x, pg_query__func_call__descriptor); f && functions) {
      add_text_search_ref(out, x);  // `to_tsvector('public.cfg', ...)`, which PostgreSQL records
      auto names = strings(f->funcname, f->n_funcname);
      if (names.empty() || names.size() > 2 || (names.size() == 2 && names[0] == "pg_catalog")) return;
      add_dep(out, ObjectId{ObjectKind::Function, names.size() == 2 ? names[0] : "", names.back(), "", kUnresolvedRef});
    }
  });
}

/// Best effort: the tables a string body reads or writes. An SQL body is parsed as it is; a PL/pgSQL one
/// through libpg_query's PL/pgSQL parser, whose JSON lists each embedded statement or expression as a
/// "query" string. Dynamic SQL (EXECUTE of a string) is invisible, and a name is assumed to mean a table in
/// public when unqualified, whatever SET search_path the function has.
std::vector<ObjectId> body_refs(const std::string& language, const std::string& body, const std::string& create_sql) {
  std::vector<ObjectId> out;
  auto parse_into = [&](const std::string& text) {
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(text.c_str());
    bool ok = !r.error;
    // A body nested too deeply to walk safely is read as referring to nothing (this is a best effort anyway).
    if (ok && tree_depth(r.parse_tree, kMaxTreeDepth) <= kMaxTreeDepth) {
      PgQuery__ParseResult* tree = pg_query__parse_result__unpack(nullptr, r.parse_tree.len,
                                                                   reinterpret_cast<const uint8_t*>(r.parse_tree.data));
      if (tree) {
        collect_refs(&tree->base, out, false);
        pg_query__parse_result__free_unpacked(tree, nullptr);
      }
    }
    pg_query_free_protobuf_parse_result(r);
    return ok;
  };
  if (language == "sql") {
    parse_into(body);
  } else if (language == "plpgsql") {
    PgQueryPlpgsqlParseResult r = pg_query_parse_plpgsql(create_sql.c_str());
    if (!r.error && r.plpgsql_funcs) {
      std::string json = r.plpgsql_funcs;
      const std::string key = "\"query\":\"";
      for (size_t at = json.find(key); at != std::string::npos; at = json.find(key, at)) {
        at += key.size();
        std::string q;
        for (; at < json.size() && json[at] != '"'; ++at) {
          if (json[at] != '\\' || at + 1 >= json.size()) {
            q += json[at];
            continue;
          }
          char e = json[++at];
          if (e == 'n') q += '\n';
          else if (e == 't') q += '\t';
          else if (e == 'r') q += '\r';
          else if (e == 'u' && at + 4 < json.size()) {
            unsigned code = std::strtoul(json.substr(at + 1, 4).c_str(), nullptr, 16);
            at += 4;
            q += code < 0x80 ? static_cast<char>(code) : ' ';  // only the name characters matter here
          } else q += e;
        }
        // Statements parse as they are; conditions and other expressions as the SELECT PL/pgSQL makes of them.
        if (!parse_into(q)) parse_into("SELECT " + q);
      }
    }
    pg_query_free_plpgsql_parse_result(r);
  }
  return out;
}

QualName qualname_of(Node* const* parts, size_t n) {
  auto names = strings(parts, n);
  if (names.size() == 1) return {"public", names[0]};
  return {names[names.size() - 2], names.back()};
}

}  // namespace

void Transformer::create_function(const StmtCtx& ctx, PgQuery__CreateFunctionStmt* s) {
  Function f;
  QualName q = qualname_of(s->funcname, s->n_funcname);
  f.schema = q.schema;
  f.name = q.name;
  f.kind = s->is_procedure ? 'p' : 'f';
  f.meta.span = ctx.span();
  ExprRefs refs;
  auto type_text = [&](PgQuery__TypeName* t) {
    bool setof = t->setof;
    t->setof = false;
    ResolvedType rt = resolve_type(t, scope_);
    t->setof = setof;
    if (!rt.builtin) add_dep(refs.deps, ObjectId{ObjectKind::Type, rt.schema, rt.name, "", ""});
    return without_typmods(rt.text);
  };
  std::string signature, table_columns;
  std::vector<std::string> outputs;
  for (size_t i = 0; i < s->n_parameters; ++i) {
    auto* p = s->parameters[i]->function_parameter;
    FunctionArg a;
    a.mode = mode_letter(p->mode);
    a.name = p->name ? p->name : "";
    a.type = type_text(p->arg_type);
    a.has_default = p->defexpr != nullptr;
    if (a.mode == 't') {
      table_columns += (table_columns.empty() ? "" : ", ") + sql::ident(a.name) + " " + a.type;
    } else {
      std::string text = mode_word(a.mode) + (a.name.empty() ? "" : sql::ident(a.name) + " ") + a.type;
      if (p->defexpr) text += " DEFAULT " + deparse_.canonical_expr(p->defexpr, &refs);
      f.arguments += (f.arguments.empty() ? "" : ", ") + text;
    }
    bool input = a.mode == 'i' || a.mode == 'b' || a.mode == 'v';
    if (input || (f.kind == 'p' && a.mode == 'o')) signature += (signature.empty() ? "" : ", ") + a.type;
    if (a.mode == 'o' || a.mode == 'b') outputs.push_back(a.type);
    f.args.push_back(std::move(a));
  }
  f.signature = signature;
  if (f.kind == 'f') {
    if (!table_columns.empty()) {
      f.result = "TABLE(" + table_columns + ")";
      f.returns_set = true;
    } else if (s->return_type) {
      f.returns_set = s->return_type->setof;
      f.result = (f.returns_set ? "SETOF " : "") + type_text(s->return_type);
    } else if (!outputs.empty()) {
      f.result = outputs.size() == 1 ? outputs[0] : "record";
    } else {
      ctx.error("invalid-definition", "function result type must be specified");
    }
  }
  // COST and ROWS have defaults that depend on the language and the result: filled in below when not given.
  f.cost = -1;
  f.rows = -1;
  for (size_t i = 0; i < s->n_options; ++i) {
    auto* d = s->options[i]->def_elem;
    std::string opt = d->defname;
    if (opt == "language") f.language = sval(d->arg);
    else if (opt == "as") {
      auto parts = name_parts(d->arg);
      if (parts.size() != 1) ctx.unsupported("AS 'object file', 'link symbol'", d->location);
      f.body = parts[0];
    } else if (auto step = routine_attribute(ctx, d)) step(f);
    else ctx.unsupported(std::string("function option ") + opt, d->location);
  }
  std::sort(f.config.begin(), f.config.end());
  if (s->sql_body) {
    f.sql_body = true;
    if (f.language.empty()) f.language = "sql";
    Node* b = s->sql_body;
    if (b->node_case == PG_QUERY__NODE__NODE_RETURN_STMT) {
      f.body = "RETURN " + deparse_.canonical_expr(b->return_stmt->returnval, &refs);
    } else {
      // BEGIN ATOMIC: a list holding the list of statements (libpg_query cannot deparse it whole).
      f.body = "BEGIN ATOMIC\n";
      if (b->node_case == PG_QUERY__NODE__NODE_LIST)
        for (size_t i = 0; i < b->list->n_items; ++i) {
          Node* inner = b->list->items[i];
          if (inner->node_case != PG_QUERY__NODE__NODE_LIST) continue;
          for (size_t j = 0; j < inner->list->n_items; ++j) f.body += " " + deparse_statement(inner->list->items[j]) + ";\n";
        }
      f.body += "END";
    }
    // PostgreSQL records what an SQL-standard body uses, as it does for views.
    collect_refs(&b->base, refs.deps, true);
  } else {
    std::string text(ctx.file->text.substr(ctx.start, ctx.offset + ctx.length - ctx.start));
    for (auto& r : body_refs(f.language, f.body, text)) add_dep(refs.deps, std::move(r));
  }
  if (f.language.empty()) ctx.error("invalid-definition", "no language specified");
  if (f.cost < 0) f.cost = (f.language == "c" || f.language == "internal") ? 1 : 100;
  if (f.rows < 0) f.rows = f.returns_set ? 1000 : 0;
  if (f.kind == 'p') {
    f.cost = 0;  // procedures have none of these; keep the fields inert
    f.rows = 0;
  }
  f.meta.deps = refs.deps;
  grant_defaults_on_create(ctx, f.id());
  defer(Phase::Tables, ctx, [this, ctx, f, replace = s->replace] {
    require_schema(ctx, f.schema, -1);
    auto it = std::find_if(cat_.functions.begin(), cat_.functions.end(), [&](const Function& g) { return g.id() == f.id(); });
    if (it == cat_.functions.end()) {
      cat_.functions.push_back(f);
      return;
    }
    if (!replace)
      ctx.error("duplicate-object", kind_name(ObjectKind::Function) + std::string(" ") + f.id().sql_name() +
                                        " already exists (defined at " + it->meta.span.str() + ")");
    std::optional<std::string> comment = it->comment;
    *it = f;
    it->comment = comment;
  });
}

std::function<void()> Transformer::comment_on_routine(const StmtCtx& ctx, PgQuery__CommentStmt* s,
                                                      std::optional<std::string> text) {
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER) {
    auto parts = name_parts(s->object);
    if (parts.size() < 2) ctx.error("invalid-name", "COMMENT ON TRIGGER needs a trigger and a table");
    std::string trigger = parts.back();
    parts.pop_back();
    QualName table = parts.size() >= 2 ? QualName{parts[parts.size() - 2], parts.back()} : QualName{"public", parts.back()};
    return [this, ctx, trigger, table, text] { find_trigger(ctx, table, trigger).comment = text; };
  }
  auto* owa = s->object->object_with_args;
  QualName q = qualname_of(owa->objname, owa->n_objname);
  std::optional<std::string> signature;
  if (!owa->args_unspecified) {
    std::string sig;
    for (size_t i = 0; i < owa->n_objargs; ++i) {
      ResolvedType rt = resolve_type(owa->objargs[i]->type_name, scope_);
      sig += (sig.empty() ? "" : ", ") + without_typmods(rt.text);
    }
    signature = sig;
  }
  return [this, ctx, q, signature, text] {
    std::vector<Function*> found;
    for (auto& f : cat_.functions)
      if (f.schema == q.schema && f.name == q.name && (!signature || f.signature == *signature)) found.push_back(&f);
    std::string what = "function " + sql::qualified(q.schema, q.name) + (signature ? "(" + *signature + ")" : "");
    if (found.empty()) ctx.error("undefined-object", what + " does not exist");
    if (found.size() > 1) ctx.error("ambiguous-function", "function name " + sql::qualified(q.schema, q.name) + " is not unique");
    found[0]->comment = text;
  };
}

void Transformer::routine_owner(const StmtCtx& ctx, const PgQuery__ObjectWithArgs* owa, const PgQuery__RoleSpec* role) {
  QualName q = qualname_of(owa->objname, owa->n_objname);
  std::string sig;
  for (size_t i = 0; i < owa->n_objargs; ++i)
    sig += (sig.empty() ? "" : ", ") + without_typmods(resolve_type(owa->objargs[i]->type_name, scope_).text);
  set_owner(ctx, {ObjectKind::Function, q.schema, q.name, "", sig}, role, owa->args_unspecified);
}

void Transformer::alter_function(const StmtCtx& ctx, PgQuery__AlterFunctionStmt* s) {
  const auto* owa = s->func;
  QualName q = qualname_of(owa->objname, owa->n_objname);
  std::optional<std::string> signature;
  if (!owa->args_unspecified) {
    std::string sig;
    for (size_t i = 0; i < owa->n_objargs; ++i)
      sig += (sig.empty() ? "" : ", ") + without_typmods(resolve_type(owa->objargs[i]->type_name, scope_).text);
    signature = sig;
  }
  // The steps are made now: SET ... FROM CURRENT takes the settings of the statements before this one.
  std::vector<std::function<void(Function&)>> steps;
  for (size_t i = 0; i < s->n_actions; ++i) {
    const auto* d = s->actions[i]->def_elem;
    auto step = routine_attribute(ctx, d);
    if (!step) ctx.unsupported(std::string("ALTER FUNCTION ... ") + d->defname, d->location);
    steps.push_back(std::move(step));
  }
  const char* noun = s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE ? "procedure"
                     : s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE ? "routine"
                                                                           : "function";
  int loc = -1;  // ObjectWithArgs carries no location: the statement's
  defer(Phase::Changes, ctx, [this, ctx, q, signature, steps, noun, loc] {
    std::vector<Function*> found;
    for (auto& f : cat_.functions)
      if (f.schema == q.schema && f.name == q.name && (!signature || f.signature == *signature)) found.push_back(&f);
    std::string what = std::string(noun) + " " + sql::qualified(q.schema, q.name) + (signature ? "(" + *signature + ")" : "");
    if (found.empty()) ctx.error("undefined-object", what + " does not exist", loc);
    if (found.size() > 1)
      ctx.error("ambiguous-function", std::string(noun) + " name " + sql::qualified(q.schema, q.name) + " is not unique", loc);
    Function& f = *found[0];
    if (std::string_view(noun) == "function" && f.kind == 'p')
      ctx.error("wrong-object-type", sql::qualified(q.schema, q.name) + " is a procedure: use ALTER PROCEDURE", loc);
    if (std::string_view(noun) == "procedure" && f.kind != 'p')
      ctx.error("wrong-object-type", sql::qualified(q.schema, q.name) + " is not a procedure", loc);
    Function changed = f;  // all or nothing: a failing step leaves the function as it was
    for (const auto& step : steps) step(changed);
    f = std::move(changed);
  });
}

void Transformer::resolve_routine_refs() {
  // Function references are made by name (a call does not say which overload): each stands for every
  // overload of that name, or for nothing when no user function has it (a built-in). Unqualified names are
  // looked up in public. Table references from bodies stand for a table only when it exists.
  auto has = [](const std::vector<ObjectId>& deps, const ObjectId& id) {
    return std::find(deps.begin(), deps.end(), id) != deps.end();
  };
  // True when table `t` calls function `f` from a default, a check or an index: a string body of `f` that
  // reads `t` must not order `f` after `t`, or the two would make a cycle PostgreSQL does not have (a string
  // body is not bound to what it reads, and SET check_function_bodies = off lets it be created first).
  auto calls = [&](const Table& t, const ObjectId& f) {
    for (const auto& c : t.columns)
      if (has(c.meta.deps, f)) return true;
    for (const auto& c : t.constraints)
      if (has(c.meta.deps, f)) return true;
    for (const auto& i : cat_.indexes)
      if (i.schema == t.schema && i.table == t.name && has(i.meta.deps, f)) return true;
    return false;
  };
  // Whether generic object `g` names function `f` (its references are still by name here).
  auto made_from = [](const GenericObject& g, const Function& f) {
    return std::any_of(g.meta.deps.begin(), g.meta.deps.end(), [&](const ObjectId& d) {
      return d.kind == ObjectKind::Function && d.name == f.name && (d.schema.empty() ? "public" : d.schema) == f.schema;
    });
  };
  auto resolve = [&](std::vector<ObjectId>& deps, const Function* self) {
    std::vector<ObjectId> out;
    for (const auto& d : deps) {
      if (d.signature != kUnresolvedRef) {
        // A function argument or result of a table's row type is the table.
        if (self && d.kind == ObjectKind::Type && !cat_.enum_type(d.schema, d.name) && cat_.table(d.schema, d.name))
          add_dep(out, ObjectId{ObjectKind::Table, d.schema, d.name, "", ""});
        else if (const View* v = d.kind == ObjectKind::Type && !cat_.enum_type(d.schema, d.name) ? cat_.view(d.schema, d.name)
                                                                                                   : nullptr)
          add_dep(out, v->id());  // a view's row type
        // A multirange type comes and goes with its range type.
        else if (auto m = multiranges_.find({d.schema, d.name}); d.kind == ObjectKind::Type && m != multiranges_.end())
          add_dep(out, ObjectId{ObjectKind::Type, m->second.schema, m->second.name, "", ""});
        else
          add_dep(out, d);
        continue;
      }
      if (d.kind == ObjectKind::ForeignDataWrapper) {
        // A wrapper the files do not create comes with an extension: contrib's (postgres_fdw, file_fdw) and
        // most others have their extension's name; failing that, a server waits for every extension.
        if (cat_.generic({d.kind, "", d.name, "", ""})) add_dep(out, ObjectId{d.kind, "", d.name, "", ""});
        else if (std::any_of(cat_.extensions.begin(), cat_.extensions.end(), [&](const Extension& e) { return e.name == d.name; }))
          add_dep(out, ObjectId{ObjectKind::Extension, "", d.name, "", ""});
        else
          for (const auto& e : cat_.extensions) add_dep(out, e.id());
        continue;
      }
      std::string schema = d.schema.empty() ? "public" : d.schema;
      if (d.kind == ObjectKind::Function) {
        for (const auto& f : cat_.functions)
          if (f.schema == schema && f.name == d.name && !(self && f.id() == self->id())) add_dep(out, f.id());
        for (const auto& g : cat_.generics)  // a call of an aggregate, or of a range type's constructor
          if ((g.kind == ObjectKind::Aggregate || g.kind == ObjectKind::Type) && g.schema == schema && g.name == d.name)
            add_dep(out, g.id());
        if (auto m = multiranges_.find({schema, d.name}); m != multiranges_.end())  // a multirange's constructor
          add_dep(out, ObjectId{ObjectKind::Type, m->second.schema, m->second.name, "", ""});
      } else if (const Table* t = cat_.table(schema, d.name); t && d.kind == ObjectKind::Table) {
        if (self && !self->sql_body && calls(*t, self->id())) continue;
        add_dep(out, t->id());
      } else if (const View* v = cat_.view(schema, d.name); v && d.kind == ObjectKind::Table) {
        add_dep(out, v->id());
      } else if (const GenericObject* f = cat_.generic({ObjectKind::Table, schema, d.name, "", ""}); f && d.kind == ObjectKind::Table) {
        add_dep(out, f->id());  // a foreign table
      } else if (is_generic_kind(d.kind)) {
        // Operators and collations named without their operand types: every one of that name, except an
        // operator a function's body uses that is made from that very function (`=` over a type, whose
        // function compares with the built-in `=`): it cannot be the one the body means.
        bool found = false;
        for (const auto& g : cat_.generics)
          if (g.kind == d.kind && g.schema == schema && g.name == d.name && !(self && made_from(g, *self))) {
            add_dep(out, g.id());
            found = true;
          }
        // A text search template, parser or dictionary the files do not create comes with an extension
        // (contrib's unaccent, dict_int, dict_xsyn): what names it waits for every extension.
        bool from_extension = d.kind == ObjectKind::TextSearchTemplate || d.kind == ObjectKind::TextSearchParser ||
                              d.kind == ObjectKind::TextSearchDictionary || d.kind == ObjectKind::TextSearchConfiguration;
        if (!found && from_extension)
          for (const auto& e : cat_.extensions) add_dep(out, e.id());
      }
    }
    deps = std::move(out);
  };
  // Columns, constraints and indexes first: the function pass below asks which tables call back.
  for (auto& t : cat_.tables) {
    resolve(t.meta.deps, nullptr);
    for (auto& c : t.columns) resolve(c.meta.deps, nullptr);
    for (auto& c : t.constraints) resolve(c.meta.deps, nullptr);
    for (auto& c : t.inherited_settings) resolve(c.meta.deps, nullptr);
  }
  for (auto& i : cat_.indexes) resolve(i.meta.deps, nullptr);
  for (auto& tr : cat_.triggers) resolve(tr.meta.deps, nullptr);
  // A domain's default and CHECK constraints may call functions (CHECK (is_email(VALUE))).
  for (auto& d : cat_.domains) {
    resolve(d.meta.deps, nullptr);
    for (auto& c : d.constraints) resolve(c.meta.deps, nullptr);
  }
  for (auto& f : cat_.functions) resolve(f.meta.deps, &f);
  for (auto& v : cat_.views) resolve(v.meta.deps, nullptr);
  for (auto& g : cat_.generics) {
    resolve(g.meta.deps, nullptr);
    std::erase(g.meta.deps, g.id());
  }
}

}  // namespace schemaplan::parser
