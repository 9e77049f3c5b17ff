#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "differ/change.h"
#include "differ/diff_by_key.h"
#include "differ/diff_security.h"

namespace schemaplan {
namespace {

using differ_detail::diff_by_key;
using differ_detail::field;

struct Differ {
  std::vector<Change> out;

  void add(ChangeKind kind, ObjectId id, ObjectValue before, ObjectValue after, std::vector<std::string> fields = {}) {
    std::sort(fields.begin(), fields.end());
    out.push_back(Change{kind, std::move(id), std::move(before), std::move(after), std::move(fields), ""});
  }

  template <class T>
  void simple(const std::vector<T>& from, const std::vector<T>& to,
              std::vector<std::string> (*compare)(const T&, const T&)) {
    diff_by_key(
        from, to, [](const T& x) { return x.id(); },
        [&](const T& x) { add(ChangeKind::Create, x.id(), {}, x); },
        [&](const T& x) { add(ChangeKind::Drop, x.id(), x, {}); },
        [&](const T& x, const T& y) {
          auto f = compare(x, y);
          if (!f.empty()) add(ChangeKind::Alter, x.id(), x, y, f);
        });
  }

  void ownerships(const Catalog& from, const Catalog& to) {
    auto owners = [](const Catalog& c) {
      std::vector<SequenceOwnership> v;
      for (const auto& s : c.sequences)
        if (!s.owned_by_table.empty()) v.push_back({s.schema, s.name, s.owned_by_table, s.owned_by_column});
      return v;
    };
    auto id = [](const SequenceOwnership& o) {
      return ObjectId{ObjectKind::SequenceOwner, o.schema, o.sequence, o.table, ""};
    };
    diff_by_key(
        owners(from), owners(to), [](const SequenceOwnership& o) { return std::tie(o.schema, o.sequence); },
        [&](const SequenceOwnership& o) { add(ChangeKind::Create, id(o), {}, o); },
        [&](const SequenceOwnership& o) { add(ChangeKind::Drop, id(o), o, {}); },
        [&](const SequenceOwnership& a, const SequenceOwnership& b) {
          if (!(a == b)) {
            // A different owner is a new link: unlink from the old table, link to the new.
            add(ChangeKind::Drop, id(a), a, {});
            add(ChangeKind::Create, id(b), {}, b);
          }
        });
  }

  /// `from_parents` / `to_parents`: names the table gets from its parents on each side. A column or CHECK
  /// that only changes between own and inherited (INHERIT, ATTACH, DETACH, NO INHERIT keep it) is neither
  /// added nor dropped: the table's change of parents carries it (planner/sql/table_parents_ddl.cpp).
  void columns(const Table& a, const Table& b, const std::set<std::string>& from_parents,
               const std::set<std::string>& to_parents) {
    diff_by_key(
        a.columns, b.columns, [](const Column& c) { return c.name; },
        [&](const Column& c) {
          if (!from_parents.count(c.name)) add(ChangeKind::Create, column_id(b, c), {}, c);
        },
        [&](const Column& c) {
          if (!to_parents.count(c.name)) add(ChangeKind::Drop, column_id(a, c), c, {});
        },
        [&](const Column& x, const Column& y) {
          std::vector<std::string> f;
          field(f, "type", x.type, y.type);
          field(f, "not_null", x.not_null, y.not_null);
          field(f, "default", x.default_expr, y.default_expr);
          field(f, "identity", x.identity, y.identity);
          if (x.identity && y.identity) field(f, "identity_options", x.identity_options, y.identity_options);
          field(f, "generated", x.generated, y.generated);
          field(f, "collation", x.collation, y.collation);
          field(f, "statistics", x.statistics, y.statistics);
          field(f, "storage", x.storage, y.storage);
          field(f, "compression", x.compression, y.compression);
          field(f, "options", x.options, y.options);
          field(f, "comment", x.comment, y.comment);
          if (f.empty()) return;
          // PostgreSQL 15 cannot change a generation expression in place, nor make a plain column generated.
          bool recreate = (x.generated != y.generated) && y.generated.has_value();
          add(recreate ? ChangeKind::Recreate : ChangeKind::Alter, column_id(a, x), x, y, f);
        });
  }

  void constraints(const Table& a, const Table& b, const std::set<std::string>& from_parents,
                   const std::set<std::string>& to_parents) {
    diff_by_key(
        a.constraints, b.constraints, [](const Constraint& c) { return c.name; },
        [&](const Constraint& c) {
          if (!from_parents.count(c.name)) add(ChangeKind::Create, constraint_id(b, c), {}, c);
        },
        [&](const Constraint& c) {
          if (!to_parents.count(c.name)) add(ChangeKind::Drop, constraint_id(a, c), c, {});
        },
        [&](const Constraint& x, const Constraint& y) {
          std::vector<std::string> f;
          field(f, "definition", x.definition, y.definition);
          field(f, "type", x.type, y.type);
          field(f, "validated", x.validated, y.validated);
          field(f, "flags", x.flags, y.flags);
          field(f, "comment", x.comment, y.comment);
          if (f.empty()) return;
          // Only a NOT VALID constraint becoming valid can be done in place (VALIDATE CONSTRAINT).
          bool only_validation = !x.validated && y.validated && x.type == y.type && strip_not_valid(x.definition) == y.definition;
          bool in_place = x.definition == y.definition || only_validation;
          add(in_place ? ChangeKind::Alter : ChangeKind::Recreate, constraint_id(a, x), x, y, f);
        });
  }

  static std::string strip_not_valid(const std::string& d) {
    const std::string suffix = " NOT VALID";
    if (d.size() >= suffix.size() && d.compare(d.size() - suffix.size(), suffix.size(), suffix) == 0)
      return d.substr(0, d.size() - suffix.size());
    return d;
  }

  static ObjectId column_id(const Table& t, const Column& c) {
    return {ObjectKind::Column, t.schema, c.name, t.name, ""};
  }
  static ObjectId constraint_id(const Table& t, const Constraint& c) {
    return {ObjectKind::Constraint, t.schema, c.name, t.name, ""};
  }

  void tables(const Catalog& from, const Catalog& to) {
    diff_by_key(
        from.tables, to.tables, [](const Table& t) { return t.id(); },
        [&](const Table& t) {
          add(ChangeKind::Create, t.id(), {}, t);
          for (const auto& c : t.constraints)
            if (is_external_fk(c, t.schema, t.name)) add(ChangeKind::Create, constraint_id(t, c), {}, c);
        },
        [&](const Table& t) {
          add(ChangeKind::Drop, t.id(), t, {});
          for (const auto& c : t.constraints)
            if (is_external_fk(c, t.schema, t.name)) add(ChangeKind::Drop, constraint_id(t, c), c, {});
        },
        [&](const Table& a, const Table& b) {
          std::vector<std::string> f;
          field(f, "unlogged", a.unlogged, b.unlogged);
          field(f, "comment", a.comment, b.comment);
          field(f, "partition_of", a.partition_of, b.partition_of);
          field(f, "partition_bound", a.partition_bound, b.partition_bound);
          field(f, "inherits", a.inherits, b.inherits);
          field(f, "inherited_settings", a.inherited_settings, b.inherited_settings);
          field(f, "partition_key", a.partition_key, b.partition_key);
          // PostgreSQL cannot change a partition key, nor partition a table in place.
          bool recreate = a.partition_key != b.partition_key;
          field(f, "row_security", std::pair(a.row_security, a.force_row_security), std::pair(b.row_security, b.force_row_security));
          field(f, "options", a.options, b.options);
          field(f, "toast_options", a.toast_options, b.toast_options);
          field(f, "replica_identity", a.replica_identity, b.replica_identity);
          if (!f.empty()) add(recreate ? ChangeKind::Recreate : ChangeKind::Alter, a.id(), a, b, f);
          if (recreate) return;
          std::set<std::string> from_cols, to_cols, from_checks, to_checks;
          for (const auto& c : inherited_columns(from, a)) from_cols.insert(c.name);
          for (const auto& c : inherited_columns(to, b)) to_cols.insert(c.name);
          for (const auto& c : inherited_checks(from, a)) from_checks.insert(c.name);
          for (const auto& c : inherited_checks(to, b)) to_checks.insert(c.name);
          // A partition's copy of its parent's key is kept by DETACH, and an equal key is adopted by ATTACH.
          for (const auto& c : inherited_keys(from, a).constraints)
            if (const Constraint* k = b.constraint(c.name); k && k->definition == c.definition) from_checks.insert(c.name);
          for (const auto& c : inherited_keys(to, b).constraints)
            if (const Constraint* k = a.constraint(c.name); k && k->definition == c.definition) to_checks.insert(c.name);
          columns(a, b, from_cols, to_cols);
          constraints(a, b, from_checks, to_checks);
        });
  }
};

std::vector<std::string> compare_schema(const Schema& a, const Schema& b) {
  std::vector<std::string> f;
  field(f, "comment", a.comment, b.comment);
  return f;
}
std::vector<std::string> compare_extension(const Extension& a, const Extension& b) {
  std::vector<std::string> f;
  field(f, "schema", a.schema, b.schema);
  // A version is compared only when both sides state one (SQL files rarely pin it).
  if (!a.version.empty() && !b.version.empty()) field(f, "version", a.version, b.version);
  field(f, "comment", a.comment, b.comment);
  return f;
}
std::vector<std::string> compare_enum(const EnumType& a, const EnumType& b) {
  std::vector<std::string> f;
  field(f, "values", a.values, b.values);
  field(f, "comment", a.comment, b.comment);
  return f;
}
std::vector<std::string> compare_sequence(const Sequence& a, const Sequence& b) {
  std::vector<std::string> f;
  field(f, "options", a.options, b.options);
  field(f, "comment", a.comment, b.comment);
  return f;
}

int kind_rank(ObjectKind k) { return static_cast<int>(k); }

/// Catalog::table() through a map made on first use (Catalog::table() scans the list). The first of two tables
/// of one name wins, as with Catalog::table().
class TablesByName {
 public:
  explicit TablesByName(const Catalog& cat) : cat_(cat) {}
  const Table* find(const std::string& schema, const std::string& name) {
    if (!made_) {
      for (const auto& t : cat_.tables) by_name_.emplace(std::pair<std::string_view, std::string_view>(t.schema, t.name), &t);
      made_ = true;
    }
    auto it = by_name_.find(std::pair<std::string_view, std::string_view>(schema, name));
    return it == by_name_.end() ? nullptr : it->second;
  }

 private:
  const Catalog& cat_;
  bool made_ = false;
  std::map<std::pair<std::string_view, std::string_view>, const Table*> by_name_;
};

/// True when table `schema.name` is a partition, at any depth, of `top_schema.top` in `cat`.
bool in_tree(const Catalog& cat, const std::string& schema, const std::string& name, const std::string& top_schema,
             const std::string& top) {
  const Table* t = cat.table(schema, name);
  for (int d = 0; t && t->partition_of && d < 64; ++d) {
    if (t->partition_of->schema == top_schema && t->partition_of->name == top) return true;
    t = cat.table(t->partition_of->schema, t->partition_of->name);
  }
  return false;
}

}  // namespace

std::vector<Change> diff(const Catalog& from, const Catalog& to) {
  Differ d;
  d.simple<Schema>(from.schemas, to.schemas, compare_schema);
  d.simple<Extension>(from.extensions, to.extensions, compare_extension);
  d.simple<EnumType>(from.enums, to.enums, compare_enum);
  d.simple<Sequence>(from.sequences, to.sequences, compare_sequence);
  d.ownerships(from, to);
  d.tables(from, to);
  // Likewise a partition's copy of its parent's index: kept by DETACH as the table's own, adopted by ATTACH.
  // Asked of every index created or dropped: the tables are looked up by name (Catalog::table() scans them all,
  // twice per index), and only indexes that adopt partitions' indexes have their definitions compared.
  TablesByName from_tables(from), to_tables(to);
  auto copy_of_parent = [](const Catalog& cat, TablesByName& tables, const Index& i, TablesByName& other) {
    const Table* t = tables.find(i.schema, i.table);
    if (!t || !other.find(i.schema, i.table)) return false;
    // ... or one attached under a name of its own.
    for (const auto& x : cat.indexes)
      if (!x.partition_indexes.empty() && x.definition == i.definition && x.unique == i.unique &&
          std::count(x.partition_indexes.begin(), x.partition_indexes.end(), PartitionIndex{i.schema, i.name, i.table}))
        return true;
    for (const auto& x : inherited_keys(cat, *t).indexes)
      if (x.name == i.name && x.definition == i.definition && x.unique == i.unique) return true;
    return false;
  };
  diff_by_key(
      from.indexes, to.indexes, [](const Index& i) { return std::tie(i.schema, i.name); },
      [&](const Index& i) {
        if (!copy_of_parent(from, from_tables, i, to_tables)) d.add(ChangeKind::Create, i.id(), {}, i);
      },
      [&](const Index& i) {
        if (!copy_of_parent(to, to_tables, i, from_tables)) d.add(ChangeKind::Drop, i.id(), i, {});
      },
      [&](const Index& x, const Index& y) {
        std::vector<std::string> f;
        field(f, "table", x.table, y.table);
        field(f, "unique", x.unique, y.unique);
        field(f, "definition", x.definition, y.definition);
        // The partitions' own names, among the partitions in the tree on both sides (one that joins or leaves
        // brings or keeps its index: see copy_of_parent).
        auto in_both = [&](const std::vector<PartitionIndex>& v) {
          std::vector<PartitionIndex> out;
          for (const auto& p : v)
            if (in_tree(from, p.schema, p.table, x.schema, x.table) && in_tree(to, p.schema, p.table, y.schema, y.table))
              out.push_back(p);
          return out;
        };
        const bool same_parts = in_both(x.partition_indexes) == in_both(y.partition_indexes);
        if (!same_parts) f.push_back("partition indexes");
        field(f, "flags", x.flags, y.flags);
        field(f, "comment", x.comment, y.comment);
        if (f.empty()) return;
        bool in_place = x.table == y.table && x.unique == y.unique && x.definition == y.definition && same_parts;
        d.add(in_place ? ChangeKind::Alter : ChangeKind::Recreate, x.id(), x, y, f);
      });
  diff_views(from, to, d.out);
  diff_user_types(from, to, d.out);
  diff_security(from, to, d.out);
  diff_routines(from, to, d.out);
  diff_generics(from, to, d.out);
  std::stable_sort(d.out.begin(), d.out.end(), [](const Change& a, const Change& b) {
    // forward_as_tuple: compared in place, without copying both ids at every comparison.
    return std::forward_as_tuple(kind_rank(a.id.kind), a.id, static_cast<int>(a.kind)) <
           std::forward_as_tuple(kind_rank(b.id.kind), b.id, static_cast<int>(b.kind));
  });
  // Moved out: `return d.out` copies a member (every change, each holding its objects whole).
  return std::move(d.out);
}

}  // namespace schemaplan
