#include "planner/data_checks.h"

#include <cctype>

#include "model/sql_writer.h"

namespace schemaplan {
namespace {

/// The text inside the first balanced parentheses at or after `from` in `s` ("" when there are none); quoted
/// strings and identifiers may hold parentheses of their own.
std::string first_group(const std::string& s, size_t from = 0) {
  size_t open = s.find('(', from);
  if (open == std::string::npos) return "";
  int depth = 0;
  char quote = 0;
  for (size_t i = open; i < s.size(); ++i) {
    char ch = s[i];
    if (quote) {
      if (ch == quote) quote = 0;  // a doubled quote closes and reopens: the same for counting
    } else if (ch == '\'' || ch == '"') {
      quote = ch;
    } else if (ch == '(') {
      ++depth;
    } else if (ch == ')' && --depth == 0) {
      return s.substr(open + 1, i - open - 1);
    }
  }
  return "";
}

/// `a IS NOT NULL AND b IS NOT NULL` over the quoted columns.
std::string all_not_null(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : " AND ") + sql::ident(c) + " IS NOT NULL";
  return out;
}

Hazard duplicates(const std::string& table, const std::string& what, const std::vector<std::string>& key,
                  std::string condition) {
  std::string cols;
  for (const auto& c : key) cols += (cols.empty() ? "" : ", ") + sql::ident(c);
  Hazard h{hazard::kDataDependent,
           what + " fails while rows of " + table + " share a value of (" + cols + "): remove the duplicates first",
           {}};
  RowCount dup{table, "", {}, false, std::nullopt};
  dup.match = RowCount::Match::Duplicates;
  dup.key = key;
  dup.condition = std::move(condition);
  h.counts.push_back(std::move(dup));
  return h;
}

Hazard failing_rows(const std::string& table, const std::string& column, std::string message, std::string condition) {
  Hazard h{hazard::kDataDependent, std::move(message), {}};
  RowCount rows{table, column, {}, false, std::nullopt};
  rows.match = RowCount::Match::Where;
  rows.condition = std::move(condition);
  h.counts.push_back(std::move(rows));
  return h;
}

/// "character varying(20)" -> {"character varying", 20}; no modifier: -1.
std::pair<std::string, long> split_type(const std::string& type) {
  size_t open = type.find('(');
  if (open == std::string::npos) return {type, -1};
  std::string mod = first_group(type, open);
  bool digits = !mod.empty() && mod.size() < 10;
  for (char ch : mod) digits &= std::isdigit(static_cast<unsigned char>(ch)) != 0;
  return {type.substr(0, open), digits ? std::stol(mod) : -2};
}

/// The range of PostgreSQL's integer types; {0, 0} for any other type.
std::pair<long long, long long> integer_range(const std::string& type) {
  if (type == "smallint") return {-32768, 32767};
  if (type == "integer") return {-2147483648LL, 2147483647LL};
  if (type == "bigint") return {-9223372036854775807LL - 1, 9223372036854775807LL};
  return {0, 0};
}

bool is_string(const std::string& base) { return base == "text" || base == "character varying" || base == "character"; }

}  // namespace

std::optional<Hazard> constraint_violations(const std::string& table, const Constraint& c) {
  if (!c.validated) return std::nullopt;
  switch (c.type) {
    case ConstraintType::Check: {
      // A CHECK passes when its expression is true or NULL: the rows that fail it are those where it is false.
      std::string expr = first_group(c.definition, c.definition.find("CHECK"));
      if (expr.empty()) return std::nullopt;
      return failing_rows(table, "",
                          "CHECK " + c.name + " fails while rows of " + table + " violate it: fix them first",
                          "NOT (" + expr + ")");
    }
    case ConstraintType::ForeignKey: {
      if (c.columns.empty() || c.columns.size() != c.ref_columns.size()) return std::nullopt;
      // Orphans: a key with no NULL part (MATCH SIMPLE ignores those; MATCH FULL rejects a partly NULL key
      // too) and no referenced row. The referenced table is aliased; the outer row is named by the table's
      // qualified name, which stays unambiguous when the key references its own table.
      std::string match;
      for (size_t i = 0; i < c.columns.size(); ++i)
        match += (match.empty() ? "" : " AND ") + std::string("sp_ref.") + sql::ident(c.ref_columns[i]) + " = " + table +
                 "." + sql::ident(c.columns[i]);
      std::string orphan = all_not_null(c.columns) + " AND NOT EXISTS (SELECT 1 FROM " +
                           sql::qualified(c.ref_schema, c.ref_table) + " AS sp_ref WHERE " + match + ")";
      if (c.definition.find("MATCH FULL") != std::string::npos && c.columns.size() > 1) {
        std::string cols;
        for (const auto& col : c.columns) cols += (cols.empty() ? "" : ", ") + sql::ident(col);
        orphan = "(" + orphan + ") OR pg_catalog.num_nulls(" + cols + ") BETWEEN 1 AND " +
                 std::to_string(c.columns.size() - 1);
      }
      return failing_rows(table, "",
                          "foreign key " + c.name + " fails while rows of " + table + " reference no row of " +
                              sql::qualified(c.ref_schema, c.ref_table) + ": fix or delete them first",
                          orphan);
    }
    case ConstraintType::PrimaryKey:
    case ConstraintType::Unique: {
      if (c.columns.empty()) return std::nullopt;
      // A key's NULLs never collide (unless NULLS NOT DISTINCT); a primary key's NOT NULL is its column's own
      // hazard.
      bool nulls_distinct = c.definition.find("NULLS NOT DISTINCT") == std::string::npos;
      return duplicates(table, (c.type == ConstraintType::PrimaryKey ? "primary key " : "unique constraint ") + c.name,
                        c.columns, nulls_distinct ? all_not_null(c.columns) : "");
    }
    default:
      return std::nullopt;
  }
}

std::optional<Hazard> index_duplicates(const Index& i) {
  if (!i.unique) return std::nullopt;
  // Only keys of plain columns: `USING btree (a, "B") [INCLUDE (...)] [NULLS NOT DISTINCT] [WHERE (...)]`.
  // An expression or an operator class in the key has no cheap equivalent GROUP BY here.
  std::string keys = first_group(i.definition);
  std::vector<std::string> key;
  size_t pos = 0;
  while (pos <= keys.size()) {
    size_t comma = keys.find(", ", pos);
    std::string part = keys.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    std::string name;
    for (const auto& c : i.columns)
      if (sql::ident(c) == part) name = c;
    if (name.empty()) return std::nullopt;
    key.push_back(name);
    if (comma == std::string::npos) break;
    pos = comma + 2;
  }
  std::string condition;
  if (i.definition.find("NULLS NOT DISTINCT") == std::string::npos) condition = all_not_null(key);
  if (size_t where = i.definition.find(" WHERE "); where != std::string::npos) {
    std::string predicate = first_group(i.definition, where);
    if (predicate.empty()) return std::nullopt;
    condition += (condition.empty() ? "(" : " AND (") + predicate + ")";
  }
  return duplicates(sql::qualified(i.schema, i.table), "unique index " + i.name, key, condition);
}

std::optional<std::string> cast_failure_condition(const std::string& column, const std::string& from, const std::string& to) {
  if (from.find('[') != std::string::npos || to.find('[') != std::string::npos) return std::nullopt;  // arrays
  auto [fb, fm] = split_type(from);
  auto [tb, tm] = split_type(to);
  const std::string col = sql::ident(column);
  auto [lo, hi] = integer_range(tb);
  if (lo != hi && tm == -1) {
    std::string range = col + " NOT BETWEEN " + std::to_string(lo) + " AND " + std::to_string(hi);
    if (integer_range(fb).first != integer_range(fb).second && fm == -1) {
      if (integer_range(fb).first >= lo) return std::nullopt;  // widened: every value fits
      return range;
    }
    if (is_string(fb)) {
      // What int4in/int8in accept: optional sign and digits, blanks around; then the range, read as numeric
      // (CASE: the numeric cast only for text that is a number).
      std::string pattern = col + " ~ '^\\s*[-+]?[0-9]+\\s*$'";
      return "CASE WHEN " + col + " IS NULL THEN false WHEN " + pattern + " THEN " + col + "::numeric NOT BETWEEN " + std::to_string(lo) + " AND " +
             std::to_string(hi) + " ELSE true END";
    }
    return std::nullopt;
  }
  // Shortened character varying: the in-place ALTER casts as an assignment, which rejects a longer value
  // unless what is cut is only spaces.
  if (tb == "character varying" && fb == "character varying" && tm > 0 && (fm == -1 || fm > tm))
    return "length(rtrim(" + col + ", ' ')) > " + std::to_string(tm);
  return std::nullopt;
}

std::optional<Hazard> cast_failures(const std::string& table, const std::string& column, const std::string& from,
                                    const std::string& to) {
  auto condition = cast_failure_condition(column, from, to);
  if (!condition) return std::nullopt;
  return failing_rows(table, column,
                      "converting " + column + " from " + from + " to " + to + " fails while rows of " + table +
                          " hold values that do not convert: fix them first",
                      *condition);
}

std::optional<Hazard> cast_truncations(const std::string& table, const std::string& column, const std::string& from,
                                       const std::string& to) {
  auto [fb, fm] = split_type(from);
  auto [tb, tm] = split_type(to);
  // Same base type: no explicit cast (the ALTER and the backfill assign, and a longer value fails: cast_failures).
  if ((tb != "character varying" && tb != "character") || tm <= 0 || fb == tb) return std::nullopt;
  if (from.find('[') != std::string::npos || to.find('[') != std::string::npos) return std::nullopt;  // arrays
  if (is_string(fb) && fm > 0 && fm <= tm) return std::nullopt;  // every value fits
  // Trailing spaces cut off are no loss (char(n) pads with them, varchar keeps what fits). Another type (a number,
  // a date) is cast through its text form, which is what gets cut.
  const std::string n = std::to_string(tm);
  const std::string text = is_string(fb) ? "rtrim(" + sql::ident(column) + ", ' ')" : "(" + sql::ident(column) + ")::text";
  return failing_rows(table, column,
                      "converting " + column + " from " + from + " to " + to + " cuts values longer than " + n +
                          " characters to " + n + " without an error (an explicit cast truncates): rows of " + table +
                          " holding them lose their end",
                      "length(" + text + ") > " + n);
}

}  // namespace schemaplan
