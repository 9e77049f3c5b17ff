#include "lint/report.h"

#include <map>
#include <set>

#include "emitters/emitters.h"
#include "emitters/json_writer.h"
#include "lint/codes.h"

namespace schemaplan::lint {
namespace {

const char* severity_name(Severity s) {
  return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note";
}

std::string indent(const std::string& text, const std::string& by) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    out += by + text.substr(pos, eol - pos) + "\n";
    pos = eol + 1;
  }
  return out;
}

std::string bytes_text(long long b) {
  const char* units[] = {"bytes", "kB", "MB", "GB", "TB"};
  int u = 0;
  double v = static_cast<double>(b);
  while (v >= 1024 && u < 4) v /= 1024, ++u;
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return buf;
}

/// "public.t: ACCESS EXCLUSIVE, rewrites, ~1200 rows, 96.0 kB" for one effect.
std::string effect_text(const TableEffect& e, const Report& r) {
  std::string out = e.table + ": " + lock_name(e.lock);
  if (e.rewrites) out += ", rewrites";
  if (e.scans) out += ", scans";
  if (e.is_new) out += ", created in this migration";
  if (auto it = r.sizes.find(e.table); it != r.sizes.end() && !e.is_new) {
    if (it->second.rows) out += std::string(", ") + (it->second.rows_estimated ? "~" : "") + std::to_string(*it->second.rows) + " rows";
    if (it->second.bytes) out += ", " + bytes_text(*it->second.bytes);
  }
  return out;
}

struct Counts {
  int errors = 0, warnings = 0, notes = 0, allowed = 0;
};
Counts count(const Report& r) {
  Counts c;
  for (const auto& f : r.files)
    for (const auto& s : f.statements)
      for (const auto& x : s.findings) {
        if (x.allowed) ++c.allowed;
        else if (x.severity == Severity::Error) ++c.errors;
        else if (x.severity == Severity::Warning) ++c.warnings;
        else ++c.notes;
      }
  return c;
}

std::string loc(const SourceSpan& s) { return s.file + ":" + std::to_string(s.line) + ":" + std::to_string(s.column); }


}  // namespace

std::string code_description(const std::string& code) {
  static const std::map<std::string, std::string> d = {
      {hazard::kDeletesData, "the statement destroys rows or values (a table, column or database dropped, a table emptied)"},
      {hazard::kTableRewrite, "the statement rewrites the whole table and its indexes under an ACCESS EXCLUSIVE lock"},
      {hazard::kFullTableScan, "the statement reads the whole table while holding a lock that blocks writes (or reads)"},
      {hazard::kAccessExclusiveLock, "the statement blocks all reads and writes of an existing table while it runs"},
      {hazard::kIndexBuild, "an index is built on an existing table while writes wait (no CONCURRENTLY)"},
      {hazard::kIndexDropped, "an index goes away: queries that used it may slow down"},
      {hazard::kBreaksRunningCode, "code still running may use what the statement renames, drops or relaxes"},
      {hazard::kUnreversibleRollback, "the change cannot be undone exactly"},
      {hazard::kAuthorization, "privileges, ownership or row-level security change"},
      {hazard::kUntrackedDependency, "a function body names what the statement drops or renames"},
      {hazard::kDataDependent, "whether the statement succeeds depends on the rows the table holds"},
      {code::kTransactionBlock, "a statement that cannot run inside a transaction block runs inside one: the migration fails"},
      {code::kTransactionNesting, "BEGIN/COMMIT inside the transaction the runner opened: the migration is no longer all or nothing"},
      {code::kMissingTimeout, "a lock on an existing table is taken with no lock_timeout/statement_timeout set before it"},
      {code::kPreferIdentity, "serial column: prefer an identity column"},
      {code::kPreferBigint, "integer key: prefer bigint"},
      {code::kPreferText, "char(n)/varchar(n): prefer text"},
      {code::kPreferTimestamptz, "timestamp without time zone: prefer timestamptz"},
      {code::kEnumValueOrder, "enum value added BEFORE/AFTER another: the sort order no longer follows creation order"},
      {code::kIdentifierTooLong, "identifier over 63 bytes: PostgreSQL cuts it"},
      {code::kStatementFails, "the statement names what the database does not have (or creates what it has): it fails"},
  };
  auto it = d.find(code);
  return it == d.end() ? "" : it->second;
}

std::string text(const Report& r) {
  std::string out;
  for (const auto& f : r.files)
    for (const auto& s : f.statements) {
      bool any = false;
      for (const auto& x : s.findings) {
        any = true;
        out += loc(x.span) + ": " + (x.allowed ? "allowed" : severity_name(x.severity)) + ": " + x.code + ": " + x.message;
        if (x.allowed) out += x.allow_reason.empty() ? " (allowed)" : " (allowed: " + x.allow_reason + ")";
        out += "\n";
      }
      if (!any) continue;
      for (const auto& e : s.effects)
        if (!e.is_new) out += "  lock " + effect_text(e, r) + "\n";
      if (!s.safe_form.empty()) out += "  safe form:\n" + indent(s.safe_form, "    ");
      if (!s.safe_form_note.empty()) out += "  note: " + s.safe_form_note + "\n";
    }
  Counts c = count(r);
  size_t n = 0;
  for (const auto& f : r.files) n += f.statements.size();
  out += std::to_string(c.errors) + (c.errors == 1 ? " error, " : " errors, ") + std::to_string(c.warnings) +
         (c.warnings == 1 ? " warning, " : " warnings, ") + std::to_string(c.allowed) + " allowed in " +
         std::to_string(n) + (n == 1 ? " statement" : " statements") + "\n";
  return out;
}

std::string markdown(const Report& r) {
  Counts c = count(r);
  std::string out = "## schemaplan lint\n\n" + std::to_string(c.errors) + " errors, " + std::to_string(c.warnings) +
                    " warnings, " + std::to_string(c.allowed) + " allowed.\n";
  for (const auto& f : r.files) {
    out += "\n### `" + f.path + "`\n";
    for (const auto& s : f.statements) {
      if (s.findings.empty()) continue;
      out += "\n**line " + std::to_string(s.span.line) + "** `" + s.kind + "`";
      std::string locks;
      for (const auto& e : s.effects)
        if (!e.is_new) locks += (locks.empty() ? "" : "; ") + effect_text(e, r);
      out += locks.empty() ? "\n\n" : " (" + locks + ")\n\n";
      for (const auto& x : s.findings)
        out += std::string("- ") + (x.allowed ? "allowed" : severity_name(x.severity)) + " `" + x.code + "`: " +
               x.message + (x.allowed ? " (allowed" + (x.allow_reason.empty() ? "" : ": " + x.allow_reason) + ")" : "") + "\n";
      if (!s.safe_form.empty()) out += "\nSafe form:\n\n```sql\n" + s.safe_form + "```\n";
      if (!s.safe_form_note.empty()) out += "\n_" + s.safe_form_note + "_\n";
    }
  }
  return out;
}

std::string json(const Report& r) {
  emit::JsonWriter w;
  w.begin_object().key("version").value(1LL).key("files").begin_array();
  for (const auto& f : r.files) {
    w.begin_object().key("path").value(f.path).key("statements").begin_array();
    for (const auto& s : f.statements) {
      w.begin_object().key("line").value(static_cast<long long>(s.span.line));
      w.key("column").value(static_cast<long long>(s.span.column)).key("kind").value(s.kind).key("text").value(s.text);
      w.key("in_transaction").value(s.in_transaction);
      w.key("locks").begin_array();
      for (const auto& e : s.effects) {
        w.begin_object().key("table").value(e.table).key("lock").value(lock_name(e.lock));
        w.key("rewrites").value(e.rewrites).key("scans").value(e.scans).key("new").value(e.is_new);
        auto it = r.sizes.find(e.table);
        w.key("rows");
        if (it != r.sizes.end() && it->second.rows) w.value(*it->second.rows); else w.null();
        w.key("rows_estimated").value(it != r.sizes.end() && it->second.rows_estimated);
        w.key("bytes");
        if (it != r.sizes.end() && it->second.bytes) w.value(*it->second.bytes); else w.null();
        w.end_object();
      }
      w.end_array().key("findings").begin_array();
      for (const auto& x : s.findings) {
        w.begin_object().key("code").value(x.code).key("severity").value(severity_name(x.severity));
        w.key("message").value(x.message).key("line").value(static_cast<long long>(x.span.line));
        w.key("column").value(static_cast<long long>(x.span.column)).key("allowed").value(x.allowed);
        w.key("allow_reason");
        if (x.allowed) w.value(x.allow_reason); else w.null();
        w.end_object();
      }
      w.end_array().key("safe_form");
      if (s.safe_form.empty()) w.null(); else w.value(s.safe_form);
      w.key("safe_form_note");
      if (s.safe_form_note.empty()) w.null(); else w.value(s.safe_form_note);
      w.end_object();
    }
    w.end_array().end_object();
  }
  Counts c = count(r);
  w.end_array().key("summary").begin_object().key("errors").value(static_cast<long long>(c.errors));
  w.key("warnings").value(static_cast<long long>(c.warnings)).key("notes").value(static_cast<long long>(c.notes));
  w.key("allowed").value(static_cast<long long>(c.allowed)).end_object().end_object();
  return w.str() + "\n";
}

std::string github(const Report& r) {
  std::string out;
  for (const auto& f : r.files)
    for (const auto& s : f.statements)
      for (const auto& x : s.findings) {
        std::string level = x.allowed ? "notice" : x.severity == Severity::Error ? "error" : x.severity == Severity::Warning ? "warning" : "notice";
        std::string msg = x.message;
        if (x.allowed) msg += " (allowed" + (x.allow_reason.empty() ? "" : ": " + x.allow_reason) + ")";
        if (!s.safe_form.empty() && !x.allowed) msg += "\nsafe form:\n" + s.safe_form;
        out += "::" + level + " file=" + emit::github_escape(x.span.file, true) + ",line=" + std::to_string(x.span.line) +
               ",col=" + std::to_string(x.span.column) + ",title=" + emit::github_escape("schemaplan lint: " + x.code, true) +
               "::" + emit::github_escape(msg, false) + "\n";
      }
  return out;
}

std::string sarif(const Report& r) {
  std::set<std::string> used;
  for (const auto& f : r.files)
    for (const auto& s : f.statements)
      for (const auto& x : s.findings) used.insert(x.code);
  std::map<std::string, long long> index;
  emit::JsonWriter w;
  w.begin_object().key("$schema").value("https://json.schemastore.org/sarif-2.1.0.json").key("version").value("2.1.0");
  w.key("runs").begin_array().begin_object().key("tool").begin_object().key("driver").begin_object();
  w.key("name").value("schemaplan").key("version").value("0.1.0");
  w.key("rules").begin_array();
  for (const auto& code : used) {
    index[code] = static_cast<long long>(index.size());
    w.begin_object().key("id").value(code).key("shortDescription").begin_object().key("text").value(code_description(code));
    w.end_object().end_object();
  }
  w.end_array().end_object().end_object().key("results").begin_array();
  for (const auto& f : r.files)
    for (const auto& s : f.statements)
      for (const auto& x : s.findings) {
        w.begin_object().key("ruleId").value(x.code).key("ruleIndex").value(index[x.code]);
        w.key("level").value(x.severity == Severity::Error ? "error" : x.severity == Severity::Warning ? "warning" : "note");
        std::string msg = x.message + (s.safe_form.empty() ? "" : "\nsafe form:\n" + s.safe_form);
        w.key("message").begin_object().key("text").value(msg).end_object();
        w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
        w.key("artifactLocation").begin_object().key("uri").value(x.span.file).end_object();
        w.key("region").begin_object().key("startLine").value(static_cast<long long>(x.span.line));
        w.key("startColumn").value(static_cast<long long>(x.span.column)).end_object();
        w.end_object().end_object().end_array();
        if (x.allowed) {
          w.key("suppressions").begin_array().begin_object().key("kind").value("inSource");
          w.key("justification").value(x.allow_reason).end_object().end_array();
        }
        w.end_object();
      }
  w.end_array().end_object().end_array().end_object();
  return w.str() + "\n";
}

}  // namespace schemaplan::lint
