// Session statements that pg_dump and hand-written files contain: SET ..., SELECT pg_catalog.set_config(...).
// They change no schema and are ignored, except a search_path other than the default: names would then
// resolve differently from what the model assumes. What they set is remembered for SET ... FROM CURRENT of a
// function, which stores the value the setting has at that point (Transformer::session_settings_).
#include <algorithm>
#include <optional>

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

/// Records what one SET, RESET or set_config() does to the session's settings (`values` empty: back to the
/// session's default, which the files cannot know). A new file is a new session, as when psql runs each.
void track_setting(std::map<std::string, std::vector<SettingValue>>& settings, const SourceFile*& file,
                   const StmtCtx& ctx, const std::optional<std::string>& name, std::vector<SettingValue> values) {
  if (file != ctx.file) {
    settings.clear();
    file = ctx.file;
  }
  if (!name) settings.clear();  // RESET ALL
  else if (values.empty()) settings.erase(*name);
  else settings[*name] = std::move(values);
}

}  // namespace

void Transformer::variable_set(const StmtCtx& ctx, PgQuery__VariableSetStmt* s) {
  using Kind = PgQuery__VariableSetKind;
  Kind kind = s->kind;
  // SET LOCAL lasts until the end of the transaction: not remembered, so FROM CURRENT after it asks for the
  // value to be written out.
  if (!s->is_local) {
    if (kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL) {
      track_setting(session_settings_, session_file_, ctx, std::nullopt, {});
    } else if (s->name && *s->name && kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_MULTI) {
      std::vector<SettingValue> values;
      if (kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE)
        for (size_t i = 0; i < s->n_args; ++i) {
          const Node* a = s->args[i];
          if (a->node_case != PG_QUERY__NODE__NODE_A_CONST) continue;
          const auto* c = a->a_const;
          if (c->val_case == PG_QUERY__A__CONST__VAL_SVAL) values.push_back({c->sval->sval, false});
          else if (c->val_case == PG_QUERY__A__CONST__VAL_IVAL) values.push_back({std::to_string(c->ival->ival), true});
          else if (c->val_case == PG_QUERY__A__CONST__VAL_FVAL) values.push_back({c->fval->fval, true});
          else if (c->val_case == PG_QUERY__A__CONST__VAL_BOOLVAL) values.push_back({c->boolval->boolval ? "on" : "off", false});
        }
      // SET name FROM CURRENT keeps the value; SET name TO DEFAULT and RESET name forget it.
      if (kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_CURRENT)
        track_setting(session_settings_, session_file_, ctx, std::string(s->name), std::move(values));
    }
  }
  if (!s->name || std::string_view(s->name) != "search_path" || kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE)
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
      const Node* local = f->args[2];
      bool is_local = !(local->node_case == PG_QUERY__NODE__NODE_A_CONST &&
                        local->a_const->val_case == PG_QUERY__A__CONST__VAL_BOOLVAL && !local->a_const->boolval->boolval);
      if (setting && !is_local) {
        // The value is one string: a list setting's elements are read out of it.
        std::vector<SettingValue> values;
        if (value && *setting == "search_path") {
          for (auto p : split_commas(*value)) {
            p = trim(p);
            if (p.size() >= 2 && p.front() == '"' && p.back() == '"') p = p.substr(1, p.size() - 2);
            values.push_back({p, false});
          }
        } else if (value) {
          values.push_back({*value, false});
        }
        track_setting(session_settings_, session_file_, ctx, *setting, std::move(values));
      }
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
