// A range type given a new definition (model/generic.h keeps it as DDL text). PostgreSQL changes nothing of a
// range in place, and DROP TYPE is refused while columns use it: like an enum whose values are removed, the new
// type is built beside the old one and every column moved over through text.
#include <stdexcept>

#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

/// One identifier as quote_ident() writes it, read from `pos`: `"a""b"` -> a"b, `abc` -> abc.
std::string read_ident(std::string_view s, size_t& pos) {
  std::string out;
  if (pos < s.size() && s[pos] == '"') {
    for (++pos; pos < s.size(); ++pos) {
      if (s[pos] != '"') {
        out += s[pos];
      } else if (pos + 1 < s.size() && s[pos + 1] == '"') {
        out += '"';
        ++pos;
      } else {
        ++pos;
        break;
      }
    }
    return out;
  }
  while (pos < s.size() && s[pos] != '.' && s[pos] != ',' && s[pos] != ')' && s[pos] != ' ') out += s[pos++];
  return out;
}

/// What a range's CREATE statement says about the names its CREATE takes besides the type's own: both
/// producers write `CREATE TYPE s.r AS RANGE (subtype = T, multirange_type_name = s.m, ...`.
struct RangeNames {
  std::string subtype;
  std::string multirange_schema, multirange;
};

RangeNames range_names(const GenericObject& g) {
  const std::string sub = " AS RANGE (subtype = ", multi = ", multirange_type_name = ";
  const std::string& create = g.create.at(0);
  size_t a = create.find(sub), b = create.find(multi);
  if (a == std::string::npos || b == std::string::npos || b < a)
    throw std::logic_error("not the CREATE statement of a range type: " + create);
  RangeNames r;
  r.subtype = create.substr(a + sub.size(), b - a - sub.size());
  size_t pos = b + multi.size();
  r.multirange_schema = read_ident(create, pos);
  if (pos >= create.size() || create[pos] != '.') throw std::logic_error("unqualified multirange in " + create);
  r.multirange = read_ident(create, ++pos);
  return r;
}

}  // namespace

bool range_needs_swap(const GenericObject& before, const GenericObject& after) {
  return before.kind == ObjectKind::Type && after.kind == ObjectKind::Type && before.create != after.create;
}

Statements swap_range(const GenericObject& before, const GenericObject& after, const std::vector<EnumUse>& uses) {
  // The old range, its multirange and the constructors named after them (in the range's schema, taking the
  // subtype, or nothing for the empty multirange) step aside so that the new ones can take their names;
  // the constructors that take the old range itself cannot clash. Dropping the old range drops them all.
  RangeNames old = range_names(before);
  const std::string& s = before.schema;
  Statements out;
  out.push_back("ALTER FUNCTION " + sql::qualified(s, before.name) + "(" + old.subtype + ", " + old.subtype + ") RENAME TO " +
                sql::ident(swapped_out_name(before.name)));
  out.push_back("ALTER FUNCTION " + sql::qualified(s, before.name) + "(" + old.subtype + ", " + old.subtype +
                ", text) RENAME TO " + sql::ident(swapped_out_name(before.name)));
  out.push_back("ALTER FUNCTION " + sql::qualified(s, old.multirange) + "() RENAME TO " + sql::ident(swapped_out_name(old.multirange)));
  out.push_back("ALTER TYPE " + sql::qualified(s, before.name) + " RENAME TO " + sql::ident(swapped_out_name(before.name)));
  out.push_back("ALTER TYPE " + sql::qualified(old.multirange_schema, old.multirange) + " RENAME TO " +
                sql::ident(swapped_out_name(old.multirange)));
  for (const auto& st : after.create) out.push_back(st);
  move_columns(out, uses, "text");
  out.push_back("DROP TYPE " + sql::qualified(s, swapped_out_name(before.name)));
  if (after.comment) out.push_back("COMMENT ON " + generic_address(after.id()) + " IS " + sql::literal(*after.comment));
  return out;
}

}  // namespace schemaplan::ddl
