#pragma once
/// Small catalogs for the rule tests.
#include <algorithm>
#include <string>
#include <vector>

#include "planner/planner.h"

namespace schemaplan::test {

inline Column col(std::string name, std::string type, bool not_null = false) {
  Column c;
  c.name = std::move(name);
  c.type = std::move(type);
  c.not_null = not_null;
  return c;
}
inline Constraint check(std::string name, std::string column, std::string expr) {
  return Constraint{std::move(name), ConstraintType::Check, "CHECK (" + expr + ")", {std::move(column)}};
}
inline Constraint fk(std::string name, std::string column, std::string ref, std::string ref_col) {
  return Constraint{std::move(name), ConstraintType::ForeignKey,
                    "FOREIGN KEY (" + column + ") REFERENCES public." + ref + "(" + ref_col + ")",
                    {column}, "public", std::move(ref), {std::move(ref_col)}};
}
inline Table table(std::string name, std::vector<Column> cols, std::vector<Constraint> cons = {}) {
  Table t;
  t.schema = "public";
  t.name = std::move(name);
  t.columns = std::move(cols);
  t.constraints = std::move(cons);
  return t;
}
inline Catalog catalog(std::vector<Table> tables) {
  Catalog c;
  c.tables = std::move(tables);
  normalize(c);
  return c;
}
inline PlanOptions simple() { return PlanOptions{Strategy::Simple, false}; }
/// A plan as "action target" lines, one per step.
inline std::vector<std::string> summary(const Plan& p) {
  std::vector<std::string> out;
  for (const auto& s : p.steps) out.push_back(s.action + " " + s.target.sql_name());
  return out;
}
inline bool has_hazard(const Step& s, const char* code) {
  return std::any_of(s.hazards.begin(), s.hazards.end(), [&](const Hazard& h) { return h.code == code; });
}

/// Whether any of the texts holds `needle`.
inline bool contains(const std::vector<std::string>& texts, const std::string& needle) {
  return std::any_of(texts.begin(), texts.end(), [&](const std::string& s) { return s.find(needle) != std::string::npos; });
}

}  // namespace schemaplan::test
