// Session statements that pg_dump and hand-written files contain: SET ..., SELECT pg_catalog.set_config(...).
// They change no schema and are ignored, except a search_path other than the default: names would then
// resolve differently from what the model assumes.
#include <algorithm>

#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

std::string trim(std::string s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && blank(s.back())) s.pop_back();
  size_t i = 0;
  while (i < s.size() && blank(s[i])) ++i;
  return s.substr(i);
}

// Schemas named by a search_path setting, unquoted.
bool acceptable_search_path(std::vector<std::string> path) {
  for (auto& p : path) {
    p = trim(p);
    if (p.size() >= 2 && p.front() == '"' && p.back() == '"') p = p.substr(1, p.size() - 2);
  }
  std::erase_if(path, [](const std::string& p) { return p.empty() || p == "pg_catalog" || p == "$user"; });
  // '' is what pg_dump sets: every name in a dump is schema-qualified, so it changes nothing for us.
  return path.empty() || path == std::vector<std::string>{"public"};
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ',') {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

}  // namespace

void Transformer::variable_set(const StmtCtx& ctx, PgQuery__VariableSetStmt* s) {
  if (!s->name || std::string_view(s->name) != "search_path" || s->kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE)
    return;
  std::vector<std::string> path;
  for (size_t i = 0; i < s->n_args; ++i) {
    const Node* a = s->args[i];
    if (a->node_case == PG_QUERY__NODE__NODE_A_CONST && a->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
      for (auto& p : split_commas(a->a_const->sval->sval)) path.push_back(p);
  }
  if (!acceptable_search_path(path))
    ctx.error("unsupported-statement",
              "setting search_path is not supported: schemaplan assumes the default search_path (public)");
}

void Transformer::select(const StmtCtx& ctx, PgQuery__SelectStmt* s) {
  // pg_dump's `SELECT pg_catalog.set_config('search_path', '', false);` and the like.
  bool plain = s->n_target_list == 1 && !s->n_from_clause && !s->where_clause && !s->n_values_lists &&
               s->op == PG_QUERY__SET_OPERATION__SETOP_NONE && !s->with_clause;
  const Node* val = plain ? s->target_list[0]->res_target->val : nullptr;
  if (val && val->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
    const auto* f = val->func_call;
    auto name = strings(f->funcname, f->n_funcname);
    bool set_config = !name.empty() && name.back() == "set_config" &&
                      (name.size() == 1 || (name.size() == 2 && name[0] == "pg_catalog"));
    if (set_config && f->n_args == 3) {
      auto text = [](const Node* n) -> std::optional<std::string> {
        if (n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
          return std::string(n->a_const->sval->sval);
        return std::nullopt;
      };
      auto setting = text(f->args[0]), value = text(f->args[1]);
      if (setting && *setting != "search_path") return;
      if (setting && value && acceptable_search_path(split_commas(*value))) return;
      ctx.error("unsupported-statement",
                "setting search_path is not supported: schemaplan assumes the default search_path (public)");
    }
  }
  // Any other SELECT (`SELECT pg_catalog.setval(...)`, a function that fills a table) acts on data.
  data_statement(ctx, "SELECT");
}

void Transformer::data_statement(const StmtCtx& ctx, const std::string& kind) {
  if (strict_)
    ctx.error("data-statement", kind + " changes data, not the schema: a desired schema holds no data statements "
                                       "(without --strict they are skipped with a warning)");
  if (data_.count++ == 0) {
    data_.first_kind = kind;
    data_.first = ctx.span();
  }
}

}  // namespace schemaplan::parser
