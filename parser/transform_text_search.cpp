// Text search parsers, templates, dictionaries and configurations as DDL text (model/generic.h), written as
// pg_dump writes them and as the catalog query does (introspect/generic_text_query.cpp), on one line each:
// - a parser: `CREATE TEXT SEARCH PARSER s.p (START = f, GETTOKEN = f, END = f[, HEADLINE = f], LEXTYPES = f)`;
// - a template: `CREATE TEXT SEARCH TEMPLATE s.t ([INIT = f, ]LEXIZE = f)`;
// - a dictionary: `CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = s.t[, name = value ...])`, its template always
//   qualified, its options in the order PostgreSQL keeps them (as given; ALTER TEXT SEARCH DICTIONARY removes
//   each option it names and appends it again when it gives a value) and each value as it stores it
//   (serialize_deflist(): numbers bare, anything else a quoted literal);
// - a configuration: `CREATE TEXT SEARCH CONFIGURATION s.c (PARSER = s.p)`, then one `ALTER TEXT SEARCH
//   CONFIGURATION s.c ADD MAPPING FOR token WITH d1, d2` per token, sorted by token name (pg_dump's shape; the
//   order of the ALTERs means nothing), dictionaries of pg_catalog named bare as regdictionary prints them.
//   Every ALTER (ADD, ALTER, DROP MAPPING, REPLACE) edits a draft of the mappings (TsConfigDraft), and `COPY =
//   other` copies the other's mappings when they are known: a configuration of the files, or one every server
//   has (english, simple, ...: parser/text_search_builtins.cpp). A copy of any other (an extension's) is kept
//   as `(COPY = other)` with the ALTERs after it as written, which PostgreSQL resolves when the plan runs.
// An unqualified name means pg_catalog's object of that name when every server has one (pg_catalog is searched
// first), else the one in public.
//
// Extended statistics and rules: not modelled yet (the three functions at the bottom).
#include <algorithm>
#include <cctype>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "model/text_search.h"
#include "parser/text_search_builtins.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

/// The name parts of a function or object named as an option's value (a TypeName), or of a String / List one.
std::vector<std::string> value_parts(const Node* arg) {
  if (!arg) return {};
  if (arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) return strings(arg->type_name->names, arg->type_name->n_names);
  return name_parts(arg);
}

/// A function named by a parser's or template's option: `f` or `s.f` (pg_catalog's bare, as regproc prints
/// them with an empty search_path), recording a user function as a dependency.
std::string function_option(const StmtCtx& ctx, const PgQuery__DefElem* d, std::vector<ObjectId>& deps) {
  auto parts = value_parts(d->arg);
  if (parts.empty() || parts.size() > 2)
    ctx.error("invalid-definition", "text search option \"" + ascii_lower(d->defname) + "\" needs a function name", d->location);
  if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
  ObjectId f{ObjectKind::Function, parts.size() == 2 ? parts[0] : "", parts.back(), "", kUnresolvedRef};
  if (std::find(deps.begin(), deps.end(), f) == deps.end()) deps.push_back(f);
  return parts.size() == 2 ? sql::qualified(parts[0], parts[1]) : sql::ident(parts[0]);
}

/// A text search object of kind `builtin` named by `parts`: pg_catalog's when every server has one of that
/// name, else public's when unqualified.
QualName ts_ref(const std::vector<std::string>& parts, bool (*builtin)(const std::string&)) {
  if (parts.size() >= 2) return {parts[parts.size() - 2], parts.back()};
  if (parts.empty()) return {"public", ""};
  return {builtin(parts.back()) ? "pg_catalog" : "public", parts.back()};
}

/// A reference to text search object `q` of `kind` for Meta.deps, resolved by finish() (none for pg_catalog's).
void add_ts_dep(std::vector<ObjectId>& deps, ObjectKind kind, const QualName& q) {
  if (q.schema == "pg_catalog") return;
  ObjectId id{kind, q.schema, q.name, "", kUnresolvedRef};
  if (std::find(deps.begin(), deps.end(), id) == deps.end()) deps.push_back(id);
}

/// A dictionary in a mapping as regdictionary prints it with an empty search_path: pg_catalog's bare.
std::string dictionary_text(const QualName& d) {
  return d.schema == "pg_catalog" ? sql::ident(d.name) : sql::qualified(d.schema, d.name);
}

/// A dictionary option's value as serialize_deflist() stores it: an Integer or Float bare, anything else (a
/// string, a word, a name) as a quoted literal of its text.
std::string option_value(const StmtCtx& ctx, const PgQuery__DefElem* d) {
  const Node* a = d->arg;
  switch (a->node_case) {
    case PG_QUERY__NODE__NODE_INTEGER: return std::to_string(a->integer->ival);
    case PG_QUERY__NODE__NODE_FLOAT: return a->float_->fval;
    case PG_QUERY__NODE__NODE_STRING: return sql::literal(a->string->sval);
    case PG_QUERY__NODE__NODE_BOOLEAN: return sql::literal(a->boolean->boolval ? "true" : "false");
    case PG_QUERY__NODE__NODE_TYPE_NAME: {
      // TypeNameToString(): the name parts as they are, joined by dots.
      std::string text;
      for (const auto& p : strings(a->type_name->names, a->type_name->n_names)) text += (text.empty() ? "" : ".") + p;
      return sql::literal(text);
    }
    case PG_QUERY__NODE__NODE_LIST: {
      std::string text;
      for (const auto& p : strings(a->list->items, a->list->n_items)) text += (text.empty() ? "" : ".") + p;
      return sql::literal(text);
    }
    default: ctx.error("invalid-definition", "unsupported value for text search option \"" + std::string(d->defname) + "\"", d->location);
  }
}

/// The options of a parser or template in pg_dump's order, each a function: `kOrder` names them, `required`
/// says which must be given.
std::string function_options(const StmtCtx& ctx, const PgQuery__DefineStmt* s, const std::vector<std::string>& order,
                             const std::vector<std::string>& required, const char* what, std::vector<ObjectId>& deps) {
  std::map<std::string, std::string> given;
  for (size_t i = 0; i < s->n_definition; ++i) {
    const auto* d = s->definition[i]->def_elem;
    std::string name = ascii_lower(d->defname);
    if (std::find(order.begin(), order.end(), name) == order.end())
      ctx.error("invalid-definition", std::string("text search ") + what + " parameter \"" + d->defname + "\" not recognized", d->location);
    given[name] = function_option(ctx, d, deps);
  }
  for (const auto& r : required)
    if (!given.count(r)) ctx.error("invalid-definition", std::string("text search ") + what + " " + r + " method is required");
  std::string out;
  for (const auto& o : order) {
    auto it = given.find(o);
    if (it == given.end()) continue;
    std::string key = o == "gettoken" ? "GETTOKEN" : o;
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::toupper(c); });
    out += (out.empty() ? "" : ", ") + key + " = " + it->second;
  }
  return out;
}

/// The dictionaries of a mapping (`WITH a, s.b`), in order.
std::vector<QualName> mapping_dictionaries(const PgQuery__AlterTSConfigurationStmt* s) {
  std::vector<QualName> out;
  for (size_t i = 0; i < s->n_dicts; ++i) out.push_back(ts_ref(name_parts(s->dicts[i]), builtin_ts_dictionary));
  return out;
}

}  // namespace

void Transformer::create_text_search(const StmtCtx& ctx, PgQuery__DefineStmt* s) {
  QualName q = qual_name(strings(s->defnames, s->n_defnames));
  GenericObject g;
  g.schema = q.schema;
  g.name = q.name;
  const std::string name = sql::qualified(q.schema, q.name);
  switch (s->kind) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER:
      g.kind = ObjectKind::TextSearchParser;
      g.create.push_back("CREATE TEXT SEARCH PARSER " + name + " (" +
                         function_options(ctx, s, {"start", "gettoken", "end", "headline", "lextypes"},
                                          {"start", "gettoken", "end", "lextypes"}, "parser", g.meta.deps) + ")");
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSTEMPLATE:
      g.kind = ObjectKind::TextSearchTemplate;
      g.create.push_back("CREATE TEXT SEARCH TEMPLATE " + name + " (" +
                         function_options(ctx, s, {"init", "lexize"}, {"lexize"}, "template", g.meta.deps) + ")");
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY: {
      g.kind = ObjectKind::TextSearchDictionary;
      std::optional<QualName> tmpl;
      std::vector<std::pair<std::string, std::string>> options;
      for (size_t i = 0; i < s->n_definition; ++i) {
        const auto* d = s->definition[i]->def_elem;
        if (ascii_lower(d->defname) == "template") {
          tmpl = ts_ref(value_parts(d->arg), builtin_ts_template);
          continue;
        }
        if (!d->arg) ctx.error("invalid-definition", "text search dictionary option \"" + std::string(d->defname) + "\" needs a value", d->location);
        options.emplace_back(sql::ident(d->defname), option_value(ctx, d));
      }
      if (!tmpl || tmpl->name.empty()) ctx.error("invalid-definition", "text search template is required");
      add_ts_dep(g.meta.deps, ObjectKind::TextSearchTemplate, *tmpl);
      g.create.push_back("CREATE TEXT SEARCH DICTIONARY " + name + " (TEMPLATE = " + sql::qualified(tmpl->schema, tmpl->name) +
                         dictionary_options_text(options) + ")");
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION: return create_ts_configuration(ctx, s, q);
    default: ctx.unsupported("this CREATE TEXT SEARCH statement");
  }
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::create_ts_configuration(const StmtCtx& ctx, PgQuery__DefineStmt* s, const QualName& q) {
  std::optional<QualName> parser, copy;
  for (size_t i = 0; i < s->n_definition; ++i) {
    const auto* d = s->definition[i]->def_elem;
    std::string opt = ascii_lower(d->defname);
    if (opt == "parser") parser = ts_ref(value_parts(d->arg), [](const std::string& n) { return n == "default"; });
    else if (opt == "copy") copy = ts_ref(value_parts(d->arg), builtin_ts_configuration);
    else ctx.error("invalid-definition", "text search configuration parameter \"" + std::string(d->defname) + "\" not recognized", d->location);
  }
  if (parser && copy) ctx.error("invalid-definition", "cannot specify both PARSER and COPY options");
  if (!parser && !copy) ctx.error("invalid-definition", "text search parser is required");
  if (ts_configs_.count(q)) ctx.error("duplicate-object", "text search configuration " + sql::qualified(q.schema, q.name) + " already exists");
  TsConfigDraft draft;
  if (parser) draft.parser = *parser;
  ts_configs_[q] = draft;
  GenericObject g;
  g.kind = ObjectKind::TextSearchConfiguration;
  g.schema = q.schema;
  g.name = q.name;
  g.create.push_back("CREATE TEXT SEARCH CONFIGURATION " + sql::qualified(q.schema, q.name) + " (PARSER = " +
                     (parser ? sql::qualified(parser->schema, parser->name) : std::string("?")) + ")");
  if (parser) add_ts_dep(g.meta.deps, ObjectKind::TextSearchParser, *parser);
  add_generic(ctx, std::move(g), nullptr);
  if (!copy) return;
  // The copy is made when the statement runs, in file order among the ALTERs: it copies what its source holds
  // by then.
  QualName from = *copy;
  defer(Phase::Changes, ctx, [this, ctx, q, from] {
    TsConfigDraft& draft = ts_configs_[q];
    if (auto it = ts_configs_.find(from); it != ts_configs_.end() && !(from == q)) {
      draft.parser = it->second.parser;
      draft.mappings = it->second.mappings;
      draft.copy_of = it->second.copy_of;
      draft.alters = it->second.alters;
    } else if (from.schema == "pg_catalog" && builtin_ts_configuration(from.name)) {
      draft.parser = {"pg_catalog", "default"};
      for (auto& [token, dicts] : builtin_ts_mappings(from.name))
        for (const auto& d : dicts) draft.mappings[token].push_back({"pg_catalog", d});
    } else {
      draft.copy_of = from;
    }
    write_ts_configuration(ctx, q);
  });
}

void Transformer::write_ts_configuration(const StmtCtx& ctx, const QualName& q) {
  ObjectId id{ObjectKind::TextSearchConfiguration, q.schema, q.name, "", ""};
  auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& g) { return g.id() == id; });
  if (it == cat_.generics.end()) ctx.error("undefined-object", id.str() + " does not exist");
  const TsConfigDraft& draft = ts_configs_[q];
  const std::string name = sql::qualified(q.schema, q.name);
  it->create.clear();
  // Dependencies other than the parser and dictionaries (none today) are kept.
  std::erase_if(it->meta.deps, [](const ObjectId& d) {
    return d.kind == ObjectKind::TextSearchParser || d.kind == ObjectKind::TextSearchDictionary ||
           d.kind == ObjectKind::TextSearchConfiguration;
  });
  if (draft.copy_of) {
    it->create.push_back("CREATE TEXT SEARCH CONFIGURATION " + name + " (COPY = " + sql::qualified(draft.copy_of->schema, draft.copy_of->name) + ")");
    add_ts_dep(it->meta.deps, ObjectKind::TextSearchConfiguration, *draft.copy_of);
    for (const auto& a : draft.alters) it->create.push_back(a);
  } else {
    it->create.push_back("CREATE TEXT SEARCH CONFIGURATION " + name + " (PARSER = " + sql::qualified(draft.parser.schema, draft.parser.name) + ")");
    add_ts_dep(it->meta.deps, ObjectKind::TextSearchParser, draft.parser);
  }
  for (const auto& [token, dicts] : draft.mappings) {
    std::string list;
    for (const auto& d : dicts) {
      list += (list.empty() ? "" : ", ") + dictionary_text(d);
      add_ts_dep(it->meta.deps, ObjectKind::TextSearchDictionary, d);
    }
    it->create.push_back("ALTER TEXT SEARCH CONFIGURATION " + name + " ADD MAPPING FOR " + sql::ident(token) + " WITH " + list);
  }
}

void Transformer::alter_ts_configuration(const StmtCtx& ctx, PgQuery__AlterTSConfigurationStmt* s) {
  QualName q = qual_name(strings(s->cfgname, s->n_cfgname));
  std::vector<std::string> tokens = strings(s->tokentype, s->n_tokentype);
  std::vector<QualName> dicts = mapping_dictionaries(s);
  auto kind = s->kind;
  bool missing_ok = s->missing_ok;
  // The statement as written, canonical, for a configuration whose mappings are unknown (a copy kept as such).
  std::string text = "ALTER TEXT SEARCH CONFIGURATION " + sql::qualified(q.schema, q.name);
  auto token_list = [&] {
    std::string out;
    for (const auto& t : tokens) out += (out.empty() ? "" : ", ") + sql::ident(t);
    return out;
  };
  auto dict_list = [&](size_t from) {
    std::string out;
    for (size_t i = from; i < dicts.size(); ++i) out += (out.empty() ? "" : ", ") + dictionary_text(dicts[i]);
    return out;
  };
  switch (kind) {
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ADD_MAPPING: text += " ADD MAPPING FOR " + token_list() + " WITH " + dict_list(0); break;
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN:
      text += " ALTER MAPPING FOR " + token_list() + " WITH " + dict_list(0);
      break;
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_REPLACE_DICT:
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN:
      if (dicts.size() != 2) ctx.error("invalid-definition", "ALTER MAPPING ... REPLACE needs one dictionary and its replacement");
      text += " ALTER MAPPING" + (tokens.empty() ? std::string() : " FOR " + token_list()) + " REPLACE " + dictionary_text(dicts[0]) +
              " WITH " + dictionary_text(dicts[1]);
      break;
    case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_DROP_MAPPING:
      text += std::string(" DROP MAPPING") + (missing_ok ? " IF EXISTS" : "") + " FOR " + token_list();
      break;
    default: ctx.unsupported("this ALTER TEXT SEARCH CONFIGURATION");
  }
  defer(Phase::Changes, ctx, [this, ctx, q, tokens, dicts, kind, missing_ok, text] {
    auto it = ts_configs_.find(q);
    if (it == ts_configs_.end())
      ctx.error("undefined-object", "text search configuration " + sql::qualified(q.schema, q.name) + " does not exist");
    TsConfigDraft& draft = it->second;
    if (draft.copy_of) {
      draft.alters.push_back(text);
      return write_ts_configuration(ctx, q);
    }
    // The default parser's token types are known: a name it lacks is PostgreSQL's error, reported here.
    if (draft.parser == QualName{"pg_catalog", "default"})
      for (const auto& t : tokens)
        if (!default_parser_token(t)) ctx.error("undefined-object", "token type \"" + t + "\" does not exist");
    switch (kind) {
      case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ADD_MAPPING:
        for (const auto& t : tokens) {
          if (draft.mappings.count(t)) ctx.error("duplicate-object", "mapping for token type \"" + t + "\" already exists");
          draft.mappings[t] = dicts;
        }
        break;
      case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN:
        for (const auto& t : tokens) draft.mappings[t] = dicts;
        break;
      case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_REPLACE_DICT:
      case PG_QUERY__ALTER_TSCONFIG_TYPE__ALTER_TSCONFIG_REPLACE_DICT_FOR_TOKEN:
        for (auto& [token, list] : draft.mappings) {
          if (!tokens.empty() && std::find(tokens.begin(), tokens.end(), token) == tokens.end()) continue;
          std::replace(list.begin(), list.end(), dicts[0], dicts[1]);
        }
        break;
      default:  // DROP MAPPING
        for (const auto& t : tokens)
          if (!draft.mappings.erase(t) && !missing_ok) ctx.error("undefined-object", "mapping for token type \"" + t + "\" does not exist");
        break;
    }
    write_ts_configuration(ctx, q);
  });
}

void Transformer::alter_ts_dictionary(const StmtCtx& ctx, PgQuery__AlterTSDictionaryStmt* s) {
  QualName q = qual_name(strings(s->dictname, s->n_dictname));
  // Each option, in order: taken away, and appended again with its value when it has one.
  std::vector<std::pair<std::string, std::optional<std::string>>> edits;
  for (size_t i = 0; i < s->n_options; ++i) {
    const auto* d = s->options[i]->def_elem;
    if (ascii_lower(d->defname) == "template") ctx.error("invalid-definition", "cannot change template of text search dictionary", d->location);
    edits.emplace_back(sql::ident(d->defname), d->arg ? std::optional(option_value(ctx, d)) : std::nullopt);
  }
  ObjectId id{ObjectKind::TextSearchDictionary, q.schema, q.name, "", ""};
  defer(Phase::Changes, ctx, [this, ctx, id, edits] {
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& g) { return g.id() == id; });
    if (it == cat_.generics.end()) ctx.error("undefined-object", id.str() + " does not exist");
    auto text = split_dictionary(it->create.at(0));
    if (!text) ctx.error("internal", "unexpected text of " + id.str() + ": " + it->create[0]);
    for (const auto& [name, value] : edits) {
      // An init-capture: clang before 16 cannot capture a structured binding (the fuzz build uses clang 14).
      std::erase_if(text->options, [&n = name](const auto& o) { return o.first == n; });
      if (value) text->options.emplace_back(name, *value);
    }
    it->create[0] = text->head + dictionary_options_text(text->options) + ")";
  });
}

}  // namespace schemaplan::parser
