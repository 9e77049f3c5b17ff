#include <algorithm>
#include <map>
#include <tuple>

#include "differ/change.h"

namespace schemaplan {
namespace {

/// Adds `name` to `fields` when the two values differ.
template <class T>
void field(std::vector<std::string>& fields, const char* name, const T& a, const T& b) {
  if (!(a == b)) fields.emplace_back(name);
}

/// The one generic walk over two keyed lists (pg-schema-diff's diff_by_key): objects only in `from` are
/// dropped, only in `to` created, in both compared by `on_both`. Output order follows the keys.
template <class T, class KeyFn, class CreateFn, class DropFn, class BothFn>
void diff_by_key(const std::vector<T>& from, const std::vector<T>& to, KeyFn key, CreateFn on_create,
                 DropFn on_drop, BothFn on_both) {
  using K = decltype(key(from.front()));
  std::map<K, const T*> a, b;
  for (const auto& x : from) a.emplace(key(x), &x);
  for (const auto& x : to) b.emplace(key(x), &x);
  for (const auto& [k, x] : a) {
    auto it = b.find(k);
    if (it == b.end()) on_drop(*x);
    else on_both(*x, *it->second);
  }
  for (const auto& [k, x] : b)
    if (!a.count(k)) on_create(*x);
}

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

  void columns(const Table& a, const Table& b) {
    diff_by_key(
        a.columns, b.columns, [](const Column& c) { return c.name; },
        [&](const Column& c) { add(ChangeKind::Create, column_id(b, c), {}, c); },
        [&](const Column& c) { add(ChangeKind::Drop, column_id(a, c), c, {}); },
        [&](const Column& x, const Column& y) {
          std::vector<std::string> f;
          field(f, "type", x.type, y.type);
          field(f, "not_null", x.not_null, y.not_null);
          field(f, "default", x.default_expr, y.default_expr);
          field(f, "identity", x.identity, y.identity);
          if (x.identity && y.identity) field(f, "identity_options", x.identity_options, y.identity_options);
          field(f, "generated", x.generated, y.generated);
          field(f, "collation", x.collation, y.collation);
          field(f, "comment", x.comment, y.comment);
          if (f.empty()) return;
          // PostgreSQL 15 cannot change a generation expression in place, nor make a plain column generated.
          bool recreate = (x.generated != y.generated) && y.generated.has_value();
          add(recreate ? ChangeKind::Recreate : ChangeKind::Alter, column_id(a, x), x, y, f);
        });
  }

  void constraints(const Table& a, const Table& b) {
    diff_by_key(
        a.constraints, b.constraints, [](const Constraint& c) { return c.name; },
        [&](const Constraint& c) { add(ChangeKind::Create, constraint_id(b, c), {}, c); },
        [&](const Constraint& c) { add(ChangeKind::Drop, constraint_id(a, c), c, {}); },
        [&](const Constraint& x, const Constraint& y) {
          std::vector<std::string> f;
          field(f, "definition", x.definition, y.definition);
          field(f, "type", x.type, y.type);
          field(f, "validated", x.validated, y.validated);
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
          if (!f.empty()) add(ChangeKind::Alter, a.id(), a, b, f);
          columns(a, b);
          constraints(a, b);
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

}  // namespace

std::vector<Change> diff(const Catalog& from, const Catalog& to) {
  Differ d;
  d.simple<Schema>(from.schemas, to.schemas, compare_schema);
  d.simple<Extension>(from.extensions, to.extensions, compare_extension);
  d.simple<EnumType>(from.enums, to.enums, compare_enum);
  d.simple<Sequence>(from.sequences, to.sequences, compare_sequence);
  d.ownerships(from, to);
  d.tables(from, to);
  diff_by_key(
      from.indexes, to.indexes, [](const Index& i) { return std::tie(i.schema, i.name); },
      [&](const Index& i) { d.add(ChangeKind::Create, i.id(), {}, i); },
      [&](const Index& i) { d.add(ChangeKind::Drop, i.id(), i, {}); },
      [&](const Index& x, const Index& y) {
        std::vector<std::string> f;
        field(f, "table", x.table, y.table);
        field(f, "unique", x.unique, y.unique);
        field(f, "definition", x.definition, y.definition);
        field(f, "comment", x.comment, y.comment);
        if (f.empty()) return;
        bool in_place = x.table == y.table && x.unique == y.unique && x.definition == y.definition;
        d.add(in_place ? ChangeKind::Alter : ChangeKind::Recreate, x.id(), x, y, f);
      });
  diff_routines(from, to, d.out);
  std::stable_sort(d.out.begin(), d.out.end(), [](const Change& a, const Change& b) {
    return std::make_tuple(kind_rank(a.id.kind), a.id, static_cast<int>(a.kind)) <
           std::make_tuple(kind_rank(b.id.kind), b.id, static_cast<int>(b.kind));
  });
  return d.out;
}

}  // namespace schemaplan
