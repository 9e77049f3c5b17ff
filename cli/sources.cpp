#include "cli/sources.h"

#include "introspect/database.h"
#include "model/diagnostic.h"
#include "parser/parser.h"
#include "planner/planner.h"

namespace schemaplan::cli {
namespace {

/// `for_server`: the catalog will be loaded into PostgreSQL, so its SQL must say exactly what the files say.
Catalog parse_source(const std::string& source, bool for_server) {
  if (source_kind(source) == SourceKind::Empty) return Catalog{};
  return parser::parse(parser::read_sources(source), parser::ParseOptions{!for_server});
}

/// Loads SQL files into a database on `server_conninfo`'s server and reads it back.
class ShadowLoader {
 public:
  ShadowLoader(const std::string& server_conninfo, const LoadOptions& options)
      : server_conninfo_(server_conninfo), options_(options) {}

  /// Loads an already parsed catalog (its spans point error messages at the user's files).
  Catalog load(const Catalog& parsed) {
    std::string target, temp_name;
    std::optional<introspect::Database> admin;
    if (!options_.dev_db.empty()) {
      target = options_.dev_db;
      introspect::Database(target).reset_database();
    } else {
      admin.emplace(server_conninfo_);
      temp_name = admin->create_temp_database();
      target = admin->conninfo_for(temp_name);
    }
    // Drop the temporary database whatever happens below.
    struct Cleanup {
      std::optional<introspect::Database>& admin;
      const std::string& name;
      ~Cleanup() {
        if (!admin || name.empty()) return;
        try {
          admin->drop_database(name);
        } catch (...) {
          // Best effort: a leftover database is named schemaplan_tmp_* and holds nothing of value.
        }
      }
    } cleanup{admin, temp_name};

    introspect::Database shadow(target);
    PlanOptions simple;
    simple.strategy = Strategy::Simple;
    Plan p = plan(Catalog{}, parsed, simple);
    for (const auto& step : p.steps) {
      for (const auto& stmt : step.forward) {
        try {
          shadow.execute(stmt);
        } catch (const DiagnosticError& e) {
          // Point at the object the statement came from.
          SourceSpan span = span_of(parsed, step.target);
          fail("load-error",
               "PostgreSQL rejected " + step.target.str() + " while loading the desired schema: " + e.diagnostic().message,
               span, read_text(span.file));
        }
      }
    }
    return shadow.read_catalog();
  }

 private:
  static std::string read_text(const std::string& file) {
    if (file.empty()) return {};
    try {
      for (auto& f : parser::read_sources(file))
        if (f.path == file) return f.text;
    } catch (...) {
    }
    return {};
  }

  static SourceSpan span_of(const Catalog& c, const ObjectId& id) {
    auto pick = [&](const auto& list) -> std::optional<SourceSpan> {
      for (const auto& x : list)
        if (x.id() == id) return x.meta.span;
      return std::nullopt;
    };
    if (auto s = pick(c.schemas)) return *s;
    if (auto s = pick(c.extensions)) return *s;
    if (auto s = pick(c.enums)) return *s;
    if (auto s = pick(c.sequences)) return *s;
    if (auto s = pick(c.indexes)) return *s;
    if (auto s = pick(c.functions)) return *s;
    if (auto s = pick(c.triggers)) return *s;
    for (const auto& t : c.tables) {
      if (t.id() == id) return t.meta.span;
      if (id.parent == t.name && id.schema == t.schema) {
        for (const auto& col : t.columns)
          if (col.name == id.name) return col.meta.span;
        for (const auto& k : t.constraints)
          if (k.name == id.name) return k.meta.span;
        return t.meta.span;
      }
    }
    return {};
  }

  std::string server_conninfo_;
  LoadOptions options_;
};

}  // namespace

SourceKind source_kind(const std::string& source) {
  if (source == "empty") return SourceKind::Empty;
  if (introspect::looks_like_connection(source)) return SourceKind::Database;
  return SourceKind::Files;
}

Catalog load_database(const std::string& conninfo) { return introspect::Database(conninfo).read_catalog(); }

CatalogPair load_pair(const std::string& from, const std::string& to, const LoadOptions& options) {
  SourceKind fk = source_kind(from), tk = source_kind(to);
  CatalogPair out;
  if (fk != SourceKind::Database && tk != SourceKind::Database && options.dev_db.empty()) {
    out.from = parse_source(from, false);
    out.to = parse_source(to, false);
    out.offline = true;
    return out;
  }
  std::string server = fk == SourceKind::Database ? from : tk == SourceKind::Database ? to : options.dev_db;
  // Parse both file sides first so that input errors are reported before any database work.
  std::optional<Catalog> parsed_from, parsed_to;
  if (fk != SourceKind::Database) parsed_from = parse_source(from, true);
  if (tk != SourceKind::Database) parsed_to = parse_source(to, true);
  ShadowLoader loader(server, options);
  out.from = parsed_from ? loader.load(*parsed_from) : load_database(from);
  out.to = parsed_to ? loader.load(*parsed_to) : load_database(to);
  return out;
}

}  // namespace schemaplan::cli
