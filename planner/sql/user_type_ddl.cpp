// Domains and composite types.
#include <map>

#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

std::string default_of(const std::string& expr) {
  // DEFAULT in CREATE DOMAIN takes a restricted expression, as a column's does.
  std::string clause = default_clause(expr);
  return clause;
}

std::string strip_not_valid(const std::string& d) {
  const std::string suffix = " NOT VALID";
  if (d.size() >= suffix.size() && d.compare(d.size() - suffix.size(), suffix.size(), suffix) == 0)
    return d.substr(0, d.size() - suffix.size());
  return d;
}

std::string comment_domain_constraint(const Domain& d, const DomainConstraint& c) {
  return comment_on("CONSTRAINT", sql::ident(c.name) + " ON DOMAIN " + sql::qualified(d.schema, d.name), c.comment);
}

std::string attribute_definition(const CompositeAttribute& a) {
  std::string s = sql::ident(a.name) + " " + a.type;
  if (!a.collation.empty()) s += " COLLATE " + a.collation;
  return s;
}

}  // namespace

Statements create_domain(const Domain& d) {
  std::string q = sql::qualified(d.schema, d.name);
  std::string s = "CREATE DOMAIN " + q + " AS " + d.base_type;
  if (!d.collation.empty()) s += " COLLATE " + d.collation;
  if (d.default_expr) s += " " + default_of(*d.default_expr);
  if (d.not_null) s += " NOT NULL";
  // NOT VALID exists only in ALTER DOMAIN ... ADD CONSTRAINT: such constraints are added after.
  for (const auto& c : d.constraints)
    if (c.validated) s += " CONSTRAINT " + sql::ident(c.name) + " " + c.definition;
  Statements out{s};
  for (const auto& c : d.constraints)
    if (!c.validated) out.push_back("ALTER DOMAIN " + q + " ADD CONSTRAINT " + sql::ident(c.name) + " " + c.definition);
  if (d.comment) out.push_back(comment_on("DOMAIN", q, d.comment));
  for (const auto& c : d.constraints)
    if (c.comment) out.push_back(comment_domain_constraint(d, c));
  return out;
}

Statements drop_domain(const Domain& d) { return {"DROP DOMAIN " + sql::qualified(d.schema, d.name)}; }

Statements alter_domain(const Domain& b, const Domain& a) {
  std::string q = sql::qualified(a.schema, a.name);
  std::string prefix = "ALTER DOMAIN " + q + " ";
  Statements out;
  std::map<std::string, std::pair<const DomainConstraint*, const DomainConstraint*>> cons;
  for (const auto& c : b.constraints) cons[c.name].first = &c;
  for (const auto& c : a.constraints) cons[c.name].second = &c;
  auto validation_only = [](const DomainConstraint& x, const DomainConstraint& y) {
    return !x.validated && y.validated && strip_not_valid(x.definition) == y.definition;
  };
  // 1. Constraints that go or change, first: a new default or NOT NULL may break an old check.
  for (const auto& [name, p] : cons)
    if (p.first && (!p.second || (p.first->definition != p.second->definition && !validation_only(*p.first, *p.second))))
      out.push_back(prefix + "DROP CONSTRAINT " + sql::ident(name));
  // 2. Default and NOT NULL.
  if (b.default_expr != a.default_expr)
    out.push_back(prefix + (a.default_expr ? "SET " + default_of(*a.default_expr) : std::string("DROP DEFAULT")));
  if (b.not_null != a.not_null) out.push_back(prefix + (a.not_null ? "SET NOT NULL" : "DROP NOT NULL"));
  // 3. Constraints that come or change, and validations.
  for (const auto& [name, p] : cons) {
    if (!p.second) continue;
    if (p.first && validation_only(*p.first, *p.second)) {
      out.push_back(prefix + "VALIDATE CONSTRAINT " + sql::ident(name));
    } else if (!p.first || p.first->definition != p.second->definition) {
      out.push_back(prefix + "ADD CONSTRAINT " + sql::ident(name) + " " + p.second->definition);
      if (p.second->comment) out.push_back(comment_domain_constraint(a, *p.second));
      continue;
    }
    if (p.first->comment != p.second->comment) out.push_back(comment_domain_constraint(a, *p.second));
  }
  if (b.comment != a.comment) out.push_back(comment_on("DOMAIN", q, a.comment));
  return out;
}

bool domain_needs_swap(const Domain& before, const Domain& after) {
  return before.base_type != after.base_type || before.collation != after.collation;
}

Statements swap_domain(const Domain& before, const Domain& after, const std::vector<EnumUse>& uses) {
  // The columns keep pointing at the old domain through the rename; each is converted with a cast to the new
  // base type, which the new domain's constraints then check (a value they reject fails the step, leaving
  // the data untouched inside the transaction).
  std::string old_name = swapped_out_name(before.name);
  Statements out;
  out.push_back("ALTER DOMAIN " + sql::qualified(before.schema, before.name) + " RENAME TO " + sql::ident(old_name));
  for (auto& s : create_domain(after)) out.push_back(std::move(s));
  move_columns(out, uses, after.base_type);
  out.push_back("DROP DOMAIN " + sql::qualified(before.schema, old_name));
  return out;
}

Statements create_composite(const CompositeType& t) {
  std::string q = sql::qualified(t.schema, t.name);
  std::string s = "CREATE TYPE " + q + " AS (";
  bool first = true;
  for (const auto& a : t.attributes) {
    s += first ? "\n  " : ",\n  ";
    s += attribute_definition(a);
    first = false;
  }
  s += first ? ")" : "\n)";
  Statements out{s};
  if (t.comment) out.push_back(comment_on("TYPE", q, t.comment));
  for (const auto& a : t.attributes)
    if (a.comment) out.push_back(comment_on("COLUMN", q + "." + sql::ident(a.name), a.comment));
  return out;
}

Statements drop_composite(const CompositeType& t) { return {"DROP TYPE " + sql::qualified(t.schema, t.name)}; }

Statements alter_composite(const CompositeType& b, const CompositeType& a) {
  std::string q = sql::qualified(a.schema, a.name);
  std::string prefix = "ALTER TYPE " + q + " ";
  Statements out;
  for (const auto& x : b.attributes)
    if (!a.attribute(x.name)) out.push_back(prefix + "DROP ATTRIBUTE " + sql::ident(x.name));
  for (const auto& y : a.attributes) {
    const CompositeAttribute* x = b.attribute(y.name);
    if (!x) {
      out.push_back(prefix + "ADD ATTRIBUTE " + attribute_definition(y));
    } else if (x->type != y.type || x->collation != y.collation) {
      std::string s = prefix + "ALTER ATTRIBUTE " + sql::ident(y.name) + " TYPE " + y.type;
      if (!y.collation.empty()) s += " COLLATE " + y.collation;
      out.push_back(s);
    }
    if ((x ? x->comment : std::optional<std::string>()) != y.comment)
      out.push_back(comment_on("COLUMN", q + "." + sql::ident(y.name), y.comment));
  }
  if (b.comment != a.comment) out.push_back(comment_on("TYPE", q, a.comment));
  return out;
}

}  // namespace schemaplan::ddl
