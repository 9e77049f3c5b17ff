#include "parser/test_util.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "model/sql_writer.h"

namespace schemaplan::parser::testing {
namespace {

std::string deps(const Meta& m) {
  std::string out;
  for (const auto& d : m.deps) out += " dep(" + d.str() + ")";
  return out;
}

std::string comment(const std::optional<std::string>& c) { return c ? " comment=" + *c : ""; }

std::string options(const SequenceOptions& o) {
  std::ostringstream s;
  s << o.data_type << " start " << o.start << " inc " << o.increment << " min " << o.min_value << " max "
    << o.max_value << " cache " << o.cache << (o.cycle ? " cycle" : "");
  return s.str();
}

}  // namespace

const Table& table_of(const Catalog& c, const std::string& name, const std::string& schema) {
  if (const Table* t = c.table(schema, name)) return *t;
  FAIL("no table " << schema << "." << name << " in\n" << dump(c));
  throw 0;
}

const Column& column_of(const Table& t, const std::string& name) {
  if (const Column* col = t.column(name)) return *col;
  FAIL("no column " << name << " in table " << t.name);
  throw 0;
}

const Constraint& constraint_of(const Table& t, const std::string& name) {
  if (const Constraint* k = t.constraint(name)) return *k;
  std::string names;
  for (const auto& k : t.constraints) names += k.name + " ";
  FAIL("no constraint " << name << " in table " << t.name << "; it has: " << names);
  throw 0;
}

const Index& index_of(const Catalog& c, const std::string& name, const std::string& schema) {
  for (const auto& i : c.indexes)
    if (i.schema == schema && i.name == name) return i;
  FAIL("no index " << schema << "." << name << " in\n" << dump(c));
  throw 0;
}

const Sequence& sequence_of(const Catalog& c, const std::string& name, const std::string& schema) {
  if (const Sequence* s = c.sequence(schema, name)) return *s;
  FAIL("no sequence " << schema << "." << name << " in\n" << dump(c));
  throw 0;
}

const View& view_of(const Catalog& c, const std::string& name, const std::string& schema) {
  if (const View* v = c.view(schema, name)) return *v;
  FAIL("no view " << schema << "." << name << " in\n" << dump(c));
  throw 0;
}

const GenericObject& generic_of(const Catalog& c, const ObjectId& id) {
  if (const GenericObject* g = c.generic(id)) return *g;
  FAIL("no " << id.str() << " in\n" << dump(c));
  throw 0;
}

std::vector<std::string> constraint_names(const Table& t) {
  std::vector<std::string> out;
  for (const auto& k : t.constraints) out.push_back(k.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> index_names(const Catalog& c) {
  std::vector<std::string> out;
  for (const auto& i : c.indexes) out.push_back(i.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> sequence_names(const Catalog& c) {
  std::vector<std::string> out;
  for (const auto& s : c.sequences) out.push_back(s.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::string to_sql(const Catalog& c) {
  using sql::ident;
  using sql::qualified;
  std::ostringstream s;
  auto seq_options = [](const SequenceOptions& o) {
    return "AS " + o.data_type + " START " + std::to_string(o.start) + " INCREMENT " + std::to_string(o.increment) +
           " MINVALUE " + std::to_string(o.min_value) + " MAXVALUE " + std::to_string(o.max_value) + " CACHE " +
           std::to_string(o.cache) + (o.cycle ? " CYCLE" : " NO CYCLE");
  };
  for (const auto& x : c.schemas)
    if (x.name != "public") s << "CREATE SCHEMA " << ident(x.name) << ";\n";
  for (const auto& x : c.extensions) s << "CREATE EXTENSION " << ident(x.name) << " SCHEMA " << ident(x.schema) << ";\n";
  for (const auto& x : c.enums) {
    s << "CREATE TYPE " << qualified(x.schema, x.name) << " AS ENUM (";
    for (size_t i = 0; i < x.values.size(); ++i) s << (i ? ", " : "") << sql::literal(x.values[i]);
    s << ");\n";
  }
  for (const auto& x : c.sequences) s << "CREATE SEQUENCE " << qualified(x.schema, x.name) << " " << seq_options(x.options) << ";\n";
  for (const auto& t : c.tables) {
    s << "CREATE " << (t.unlogged ? "UNLOGGED " : "") << "TABLE " << qualified(t.schema, t.name) << " (";
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const Column& col = t.columns[i];
      s << (i ? ", " : "") << ident(col.name) << " " << col.type;
      if (!col.collation.empty()) s << " COLLATE " << col.collation;
      if (col.not_null) s << " NOT NULL";
      if (col.default_expr) s << " DEFAULT " << *col.default_expr;
      if (col.generated) s << " GENERATED ALWAYS AS (" << *col.generated << ") STORED";
      if (col.identity)
        s << " GENERATED " << (col.identity == 'a' ? "ALWAYS" : "BY DEFAULT") << " AS IDENTITY ("
          << seq_options(col.identity_options).substr(3 + col.identity_options->data_type.size()) << ")";
    }
    s << ");\n";
  }
  for (const auto& x : c.sequences)
    if (!x.owned_by_table.empty())
      s << "ALTER SEQUENCE " << qualified(x.schema, x.name) << " OWNED BY " << qualified(x.schema, x.owned_by_table) << "."
        << ident(x.owned_by_column) << ";\n";
  // Foreign keys last: they need the referenced keys.
  for (bool fk : {false, true})
    for (const auto& t : c.tables)
      for (const auto& k : t.constraints)
        if ((k.type == ConstraintType::ForeignKey) == fk)
          s << "ALTER TABLE " << qualified(t.schema, t.name) << " ADD CONSTRAINT " << ident(k.name) << " " << k.definition << ";\n";
  for (const auto& i : c.indexes)
    s << "CREATE " << (i.unique ? "UNIQUE " : "") << "INDEX " << ident(i.name) << " ON " << qualified(i.schema, i.table)
      << " " << i.definition << ";\n";
  auto comment = [&](const std::string& what, const std::optional<std::string>& text) {
    if (text) s << "COMMENT ON " << what << " IS " << sql::literal(*text) << ";\n";
  };
  for (const auto& x : c.schemas) comment("SCHEMA " + ident(x.name), x.comment);
  for (const auto& x : c.enums) comment("TYPE " + qualified(x.schema, x.name), x.comment);
  for (const auto& x : c.sequences) comment("SEQUENCE " + qualified(x.schema, x.name), x.comment);
  for (const auto& i : c.indexes) comment("INDEX " + qualified(i.schema, i.name), i.comment);
  for (const auto& t : c.tables) {
    comment("TABLE " + qualified(t.schema, t.name), t.comment);
    for (const auto& col : t.columns) comment("COLUMN " + qualified(t.schema, t.name) + "." + ident(col.name), col.comment);
    for (const auto& k : t.constraints) comment("CONSTRAINT " + ident(k.name) + " ON " + qualified(t.schema, t.name), k.comment);
  }
  return s.str();
}

Catalog parse_sql(const std::string& sql) { return parse({SourceFile{"test.sql", sql}}); }

Catalog parse_files(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<SourceFile> sources;
  for (const auto& [path, text] : files) sources.push_back(SourceFile{path, text});
  return parse(sources);
}

Diagnostic parse_error(const std::string& sql) {
  try {
    Catalog c = parse_sql(sql);
    FAIL("expected an error, got:\n" << dump(c));
  } catch (const DiagnosticError& e) {
    return e.diagnostic();
  }
  return {};
}

std::string dump(const Catalog& c) {
  std::ostringstream s;
  for (const auto& x : c.schemas) s << "schema " << x.name << comment(x.comment) << "\n";
  for (const auto& x : c.extensions)
    s << "extension " << x.name << " schema=" << x.schema << " version=" << x.version << comment(x.comment) << "\n";
  for (const auto& x : c.enums) {
    s << "enum " << x.schema << "." << x.name << " (";
    for (const auto& v : x.values) s << v << ",";
    s << ")" << comment(x.comment) << "\n";
  }
  for (const auto& x : c.sequences)
    s << "sequence " << x.schema << "." << x.name << " " << options(x.options) << " owned=" << x.owned_by_table << "."
      << x.owned_by_column << comment(x.comment) << " @" << x.meta.span.str() << "\n";
  for (const auto& t : c.tables) {
    s << "table " << t.schema << "." << t.name << (t.unlogged ? " unlogged" : "") << comment(t.comment) << " @"
      << t.meta.span.str() << deps(t.meta) << "\n";
    for (const auto& col : t.columns) {
      s << "  column " << col.name << " " << col.type << (col.not_null ? " not null" : "");
      if (col.default_expr) s << " default " << *col.default_expr;
      if (col.identity) s << " identity " << col.identity << " (" << options(col.identity_options) << ")";
      if (col.generated) s << " generated " << *col.generated;
      if (!col.collation.empty()) s << " collate " << col.collation;
      s << comment(col.comment) << " @" << col.meta.span.str() << deps(col.meta) << "\n";
    }
    for (const auto& k : t.constraints) {
      s << "  constraint " << k.name << " " << static_cast<char>(k.type) << " " << k.definition << " cols=";
      for (const auto& x : k.columns) s << x << ",";
      if (k.type == ConstraintType::ForeignKey) {
        s << " ref=" << k.ref_schema << "." << k.ref_table << "(";
        for (const auto& x : k.ref_columns) s << x << ",";
        s << ")";
      }
      s << (k.deferrable ? " deferrable" : "") << (k.initially_deferred ? " deferred" : "")
        << (k.validated ? "" : " not-validated") << comment(k.comment) << " @" << k.meta.span.str() << deps(k.meta)
        << "\n";
    }
  }
  for (const auto& i : c.indexes) {
    s << "index " << i.schema << "." << i.name << " on " << i.table << (i.unique ? " unique " : " ") << i.definition
      << " cols=";
    for (const auto& x : i.columns) s << x << ",";
    s << comment(i.comment) << " @" << i.meta.span.str() << "\n";
  }
  return s.str();
}

}  // namespace schemaplan::parser::testing
