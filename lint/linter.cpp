// The linter's state across statements: the schema model (for judging a statement and planning its safe form),
// the transaction the statement runs in, the timeouts set so far, and the allow comments.
#include <algorithm>
#include <regex>

#include "lint/analysis.h"
#include "lint/codes.h"
#include "lint/lint.h"
#include "model/sql_writer.h"
#include "parser/source_split.h"
#include "planner/planner.h"

namespace schemaplan::lint {
namespace {

using parser::Node;
using parser::SourceFile;

/// Statement kinds the parser turns into the model (parser/transformer.cpp). Others (DROP, RENAME, data
/// statements, transaction control) stay out of the model text: the declarative parser refuses or skips them.
bool feeds_model(const Node* n) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
    case PG_QUERY__NODE__NODE_CREATE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
    case PG_QUERY__NODE__NODE_INDEX_STMT:
    case PG_QUERY__NODE__NODE_VIEW_STMT:
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
    case PG_QUERY__NODE__NODE_COMMENT_STMT: return true;
    default: return false;
  }
}

/// Statements that change no schema object (the model stays exact across them).
bool schema_neutral(const Node* n) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
    case PG_QUERY__NODE__NODE_SELECT_STMT:
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
    case PG_QUERY__NODE__NODE_REINDEX_STMT: return true;
    default: return false;
  }
}

/// Statements whose judgement needs the schema before them (the index's table, a column's current type).
bool needs_model(const Node* n) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
    case PG_QUERY__NODE__NODE_INDEX_STMT:
    case PG_QUERY__NODE__NODE_DROP_STMT:
    case PG_QUERY__NODE__NODE_REINDEX_STMT: return true;
    default: return false;
  }
}

/// The safe form as a script: the planner's steps in order, one timeout first, and a comment where a step must
/// run outside a transaction block or in a later phase.
std::string render(const Plan& p, const std::string& lock_timeout, bool& non_transactional) {
  std::string out = "SET lock_timeout = " + sql::literal(lock_timeout) + ";\n";
  Phase phase = Phase::Expand;
  for (const auto& s : p.steps) {
    if (s.phase != phase) {
      phase = s.phase;
      out += phase == Phase::Contract ? "-- contract phase: once the new application code is deployed\n"
                                      : std::string("-- ") + phase_name(phase) + " phase\n";
    }
    if (!s.transactional) {
      // A concurrent index build, or a backfill committing its batches, cannot run in a transaction block at
      // all; a validation only runs on its own so that its long scan holds no other lock.
      bool must = false;
      for (const auto& f : s.forward) must |= f.find(" CONCURRENTLY ") != std::string::npos || f.starts_with("DO ");
      non_transactional |= must;
      out += must ? "-- outside any transaction block:\n" : "-- in a transaction of its own:\n";
    }
    for (const auto& f : s.forward) out += f + ";\n";
  }
  return out;
}

struct Allow {
  std::set<std::string> codes;
  std::string reason;
};

/// `-- schemaplan:allow CODE[,CODE...] reason` comments in `text`.
std::vector<Allow> allow_comments(std::string_view text) {
  static const std::regex re(R"(--[ \t]*schemaplan:allow[ \t]+([a-z0-9,-]+)[ \t]*([^\r\n]*))");
  std::vector<Allow> out;
  std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) {
    Allow a;
    std::string list = (*it)[1];
    size_t start = 0;
    while (start <= list.size()) {
      size_t end = list.find(',', start);
      if (end == std::string::npos) end = list.size();
      if (end > start) a.codes.insert(list.substr(start, end - start));
      start = end + 1;
    }
    a.reason = (*it)[2];
    while (!a.reason.empty() && (a.reason.back() == ' ' || a.reason.back() == '\t')) a.reason.pop_back();
    out.push_back(std::move(a));
  }
  return out;
}

size_t line_end(const std::string& text, size_t pos) {
  size_t e = text.find('\n', pos);
  return e == std::string::npos ? text.size() : e;
}

}  // namespace

/// The model is the parse of the base DDL plus every statement so far that the parser takes, each kept as its
/// own source "file" so that a statement the parser refuses (a name it cannot resolve, say) is identified by
/// the error's file name and left out, and the rest of the model still stands.
struct Linter::State {
  SourceFile base;
  bool base_complete = false;
  std::vector<SourceFile> pieces;
  int counter = 0;
  bool cached = false;
  /// The model is the schema exactly (a database, nothing left out since): a statement it refuses for naming
  /// what does not exist, or creating what does, fails on the server too.
  bool exact = false;
  std::optional<Diagnostic> rejected;  ///< why add_and_parse() refused its statement
  std::optional<Catalog> model;

  std::optional<Catalog> parse_pieces(std::vector<SourceFile>& list, const std::string& must_keep) {
    for (size_t attempt = 0; attempt <= list.size() + 1; ++attempt) {
      std::vector<SourceFile> files;
      if (!base.text.empty()) files.push_back(base);
      files.insert(files.end(), list.begin(), list.end());
      try {
        return parser::parse(files);
      } catch (const DiagnosticError& e) {
        const std::string& bad = e.diagnostic().span.file;
        if (bad == must_keep) {
          rejected = e.diagnostic();
          return std::nullopt;
        }
        auto it = std::find_if(list.begin(), list.end(), [&](const SourceFile& f) { return f.path == bad; });
        if (it == list.end()) return std::nullopt;  // the base itself, or no location: no model
        list.erase(it);
      } catch (const std::exception&) {
        return std::nullopt;
      }
    }
    return std::nullopt;
  }
  const Catalog* current() {
    if (!cached) model = parse_pieces(pieces, ""), cached = true;
    return model ? &*model : nullptr;
  }
  SourceFile piece(const std::string& text) { return SourceFile{"<statement " + std::to_string(++counter) + ">", text}; }
  void add(const std::string& text) {
    pieces.push_back(piece(text));
    cached = false;
  }
  /// Adds a statement and returns the model after it; none when the parser does not take it (left out).
  std::optional<Catalog> add_and_parse(const std::string& text) {
    rejected.reset();
    std::vector<SourceFile> list = pieces;
    list.push_back(piece(text));
    std::optional<Catalog> after = parse_pieces(list, list.back().path);
    if (!after) return std::nullopt;
    pieces = std::move(list);
    model = after, cached = true;
    return after;
  }
};

Linter::Linter(std::string base_sql, bool base_complete) : state_(std::make_shared<State>()) {
  state_->base = SourceFile{"<database>", std::move(base_sql)};
  state_->base_complete = base_complete;
  state_->exact = base_complete;
}

void Linter::add_history(const SourceFile& file) {
  parser::LineIndex lines(file.text);
  parser::check_encoding(file, lines);  // as parser::parse does: PostgreSQL would refuse such a statement
  parser::TreeArena arena;
  state_->exact = false;  // DROP and RENAME in the history are not modelled
  for (const auto& st : parser::split_statements(file, lines)) {
    Node* n = parser::parse_statement(arena, file, lines, st);
    if (feeds_model(n)) state_->add(st.text);
  }
}

FileReport Linter::lint(const SourceFile& file, const LintOptions& options) {
  FileReport report{file.path, {}};
  parser::LineIndex lines(file.text);
  parser::check_encoding(file, lines);  // as parser::parse does: PostgreSQL would refuse such a statement
  parser::TreeArena arena;
  std::vector<parser::StatementText> statements = parser::split_statements(file, lines);
  std::set<std::string> created;
  bool in_explicit = false, lock_timeout = false, statement_timeout = false, timeout_reported = false;
  int explicit_line = 0;
  const bool one_query = options.transaction == RunnerTransaction::OneQuery && statements.size() > 1;
  const bool runner_tx = one_query || options.transaction == RunnerTransaction::Wrap;
  const std::string runner = options.runner.empty() ? "the runner" : options.runner;
  size_t previous_end = 0;
  std::vector<std::pair<size_t, bool>> failing;  // statements that fail their transaction; opened by BEGIN?
  for (const auto& st : statements) {
    Node* n = parser::parse_statement(arena, file, lines, st);
    StatementReport r;
    r.span = lines.span(file.path, st.start);
    const size_t end = st.offset + st.text.size();
    r.text = file.text.substr(st.start, end - st.start);
    while (!r.text.empty() && std::isspace(static_cast<unsigned char>(r.text.back()))) r.text.pop_back();

    std::optional<Catalog> before;
    if (needs_model(n))
      if (const Catalog* m = state_->current()) before = *m;
    StatementContext ctx{before ? &*before : nullptr, &created,
                         [&](int loc) { return lines.span(file.path, loc < 0 ? st.start : st.offset + static_cast<size_t>(loc)); },
                         st.text};
    Analysis a = analyse(n, ctx);
    r.kind = a.kind;
    r.effects = a.effects;
    r.findings = a.findings;

    // Transaction context.
    const bool in_tx = runner_tx || in_explicit;
    r.in_transaction = in_tx || a.tx == Analysis::Tx::Begin;
    // A BEGIN in a file sent as one query only turns PostgreSQL's implicit transaction into an explicit one
    // (golang-migrate's documented way to get a transaction); under a runner's own BEGIN it nests.
    const bool wrapped = options.transaction == RunnerTransaction::Wrap;
    if (a.tx == Analysis::Tx::Begin && (in_explicit || wrapped))
      r.findings.push_back(Finding{Severity::Warning, code::kTransactionNesting,
                                   in_explicit ? "BEGIN while the transaction opened at line " + std::to_string(explicit_line) +
                                                     " is still open: PostgreSQL ignores it with a warning"
                                               : "BEGIN inside the transaction " + runner +
                                                     " already runs the file in: the COMMIT that follows ends the "
                                                     "runner's transaction, so the migration is no longer all or nothing",
                                   r.span});
    if (a.tx == Analysis::Tx::End && wrapped && !in_explicit)
      r.findings.push_back(Finding{Severity::Warning, code::kTransactionNesting,
                                   "COMMIT/ROLLBACK ends the transaction " + runner +
                                       " runs the file in: what follows is no longer all or nothing",
                                   r.span});
    if (a.tx == Analysis::Tx::Begin) in_explicit = true, explicit_line = r.span.line;
    if (a.tx == Analysis::Tx::End) in_explicit = false;
    if (a.non_transactional && in_tx) failing.push_back({report.statements.size(), in_explicit});
    if (a.non_transactional && in_tx)
      r.findings.push_back(Finding{
          Severity::Error, code::kTransactionBlock,
          a.non_transactional_what + " cannot run inside a transaction block, and " +
              (in_explicit ? "the BEGIN at line " + std::to_string(explicit_line) + " opened one"
                           : runner + " runs this file as one transaction") +
              ": the migration fails here and none of its statements stay applied",
          r.span});

    // Timeouts: the first statement that locks an existing table must not wait forever for its lock.
    for (const auto& s : a.sets) {
      lock_timeout |= s == "lock_timeout";
      statement_timeout |= s == "statement_timeout";
    }
    if (!timeout_reported && (!lock_timeout || !statement_timeout))
      for (const auto& e : a.effects)
        if (!e.is_new && e.lock >= LockLevel::ShareUpdateExclusive) {
          std::string missing = !lock_timeout && !statement_timeout ? "lock_timeout or statement_timeout"
                                : !lock_timeout                     ? "lock_timeout"
                                                                    : "statement_timeout";
          r.findings.push_back(Finding{
              Severity::Warning, code::kMissingTimeout,
              "no SET " + missing + " before this statement takes " + lock_name(e.lock) + " on existing table " +
                  e.table + ": if the table is busy, the statement queues behind running queries and every new "
                  "query on it queues behind the statement; start the migration with SET lock_timeout = " +
                  sql::literal(options.lock_timeout) + (statement_timeout ? "" : " (and a statement_timeout)"),
              r.span});
          timeout_reported = true;
          break;
        }

    // The safe form: the planner's online plan of the same change, when the schema around it is known; else
    // the statement's own online spelling.
    bool planned = false, non_tx_form = false;
    const bool wants = a.wants_safe_form && std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) {
      return f.code != code::kMissingTimeout;
    });
    std::optional<Diagnostic> refused;
    bool fails_here = false;
    if (feeds_model(n) && ((wants && before) || state_->exact)) {
      std::optional<Catalog> after = state_->add_and_parse(st.text);
      if (!after && state_->rejected) refused = state_->rejected;
      if (after && wants && before) {
        try {
          PlanOptions po;
          po.lock_timeout = options.lock_timeout;
          Plan p = plan(*before, *after, po);
          if (!p.empty()) r.safe_form = render(p, options.lock_timeout, non_tx_form), planned = true;
        } catch (const std::exception&) {
        }
      }
    } else if (feeds_model(n)) {
      state_->add(st.text);
    }
    if (refused && state_->exact &&
        (refused->code == "undefined-object" || refused->code == "duplicate-object")) {
      r.findings.push_back(Finding{Severity::Error, code::kStatementFails,
                                   "the statement fails on the schema before it: " + refused->message +
                                       (in_tx ? " (and with it the rest of its transaction)" : ""),
                                   r.span});
      state_->exact = false;  // the model no longer follows what the server would hold
      r.safe_form.clear(), planned = false, a.direct_safe_form.clear();
      fails_here = true;
    }
    if (!feeds_model(n) && !schema_neutral(n)) state_->exact = false;
    if (wants && !planned && !a.direct_safe_form.empty()) {
      r.safe_form = "SET lock_timeout = " + sql::literal(options.lock_timeout) + ";\n" + a.direct_safe_form + ";\n";
      non_tx_form = r.safe_form.find("CONCURRENTLY") != std::string::npos;
    }
    bool known = before.has_value();
    for (const auto& e : a.effects)
      if (known && !e.is_new)
        known = std::any_of(before->tables.begin(), before->tables.end(),
                            [&](const Table& t) { return sql::qualified(t.schema, t.name) == e.table; });
    if (wants && r.safe_form.empty() && !fails_here)
      r.safe_form_note = known ? "no online form: the planner keeps this change as it is"
                                : "no safe form: the table is not in the schema lint knows (give --db, or lint the "
                                  "migration directory)";
    if (!r.safe_form.empty() && non_tx_form && runner_tx)
      r.safe_form_note = "parts of it cannot run inside a transaction block: " + runner +
                         " runs a file as one transaction, so put each such statement in a migration of its own" +
                         (runner == "dbmate" ? " marked `-- migrate:up transaction:false`" : "");
    if (a.non_transactional && in_tx)
      r.safe_form_note = "move the statement into a migration of its own" +
                         std::string(options.transaction == RunnerTransaction::OneQuery
                                         ? ", which " + runner + " sends as a single statement outside any transaction block"
                                         : ", which the runner must run outside a transaction");

    for (const auto& t : a.creates) created.insert(t);

    // Allow comments: those before the statement (after the previous one's line) and on its own lines.
    size_t from = std::max(st.offset, previous_end == 0 ? 0 : line_end(file.text, previous_end) + 1);
    size_t to = line_end(file.text, end);
    if (from > to) from = st.offset;
    for (const auto& allow : allow_comments(std::string_view(file.text).substr(from, to - from)))
      for (auto& f : r.findings)
        if (allow.codes.count(f.code)) f.allowed = true, f.allow_reason = allow.reason;
    previous_end = end;
    report.statements.push_back(std::move(r));
  }
  // The rest of a failed transaction does not run either: count it on the statement that fails.
  for (auto [at, explicit_block] : failing) {
    size_t after = 0;
    for (size_t i = at + 1; i < report.statements.size(); ++i, ++after)
      if (explicit_block && report.statements[i].kind == "TRANSACTION") break;
    if (after == 0) continue;
    for (auto& f : report.statements[at].findings)
      if (f.code == code::kTransactionBlock)
        f.message += "; the " + std::to_string(after) + (after == 1 ? " statement" : " statements") +
                     " after it in the same transaction do not run";
  }
  return report;
}

bool fails(const Finding& f, const std::vector<std::string>& fail_on) {
  if (f.allowed) return false;
  return f.severity == Severity::Error || std::find(fail_on.begin(), fail_on.end(), f.code) != fail_on.end();
}

const std::vector<std::string>& all_codes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out(std::begin(hazard::kAll), std::end(hazard::kAll));
    out.insert(out.end(), std::begin(code::kAll), std::end(code::kAll));
    return out;
  }();
  return codes;
}

}  // namespace schemaplan::lint
