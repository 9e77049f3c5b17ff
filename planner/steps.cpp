#include "planner/steps.h"

#include "model/pg_names.h"

#include <algorithm>
#include <set>

#include "model/sql_writer.h"
#include "planner/collation_uses.h"
#include "planner/data_checks.h"
#include "planner/dependencies.h"
#include "planner/sql/ddl.h"

namespace schemaplan {
namespace {

using ddl::Statements;

/// Order among steps that are ready at the same time: drops from the most dependent kind down, then creates
/// from the least dependent kind up (pg_dump's kind priorities).
int rank_of(NodeAction a, ObjectKind k, const ObjectValue& v) {
  bool external_fk = false;
  if (const auto* c = std::get_if<Constraint>(&v)) external_fk = c->type == ConstraintType::ForeignKey;
  if (a == NodeAction::Drop) {
    switch (k) {
      case ObjectKind::Trigger: return 0;
      case ObjectKind::Constraint: return external_fk ? 0 : 2;
      case ObjectKind::Index: return 1;
      case ObjectKind::SequenceOwner: return 3;
      // Privileges and policies go before what they are on.
      case ObjectKind::Grant:
      case ObjectKind::DefaultPrivilege:
      case ObjectKind::Policy:
      case ObjectKind::Owner: return 1;
      case ObjectKind::Column: return 4;
      case ObjectKind::Table: return 5;
      case ObjectKind::Function: return 6;
      case ObjectKind::Sequence: return 7;
      case ObjectKind::Type: return 8;
      case ObjectKind::Extension: return 9;
      case ObjectKind::Schema: return 10;
      case ObjectKind::View:
      case ObjectKind::MaterializedView: return 0;
      // Objects kept as DDL text: those that hang off tables first, those tables and types use last.
      case ObjectKind::Rule:
      case ObjectKind::Statistics:
      case ObjectKind::Publication:
      case ObjectKind::EventTrigger:
      case ObjectKind::UserMapping: return 0;
      case ObjectKind::Aggregate:
      case ObjectKind::TextSearchConfiguration:
      case ObjectKind::OperatorClass:
      case ObjectKind::Cast: return 5;
      case ObjectKind::Operator:
      case ObjectKind::OperatorFamily:
      case ObjectKind::TextSearchDictionary:
      case ObjectKind::ForeignServer:
      case ObjectKind::Conversion: return 7;
      case ObjectKind::Collation:
      case ObjectKind::TextSearchParser:
      case ObjectKind::TextSearchTemplate:
      case ObjectKind::ForeignDataWrapper:
      case ObjectKind::Language:
      case ObjectKind::AccessMethod: return 8;
    }
  }
  int base = 20;
  switch (k) {
    case ObjectKind::Schema: return base + 0;
    case ObjectKind::Extension: return base + 1;
    case ObjectKind::Type: return base + 2;
    case ObjectKind::Sequence: return base + 3;
    case ObjectKind::Function: return base + 4;
    case ObjectKind::Table: return base + 5;
    case ObjectKind::Column: return base + 6;
    case ObjectKind::Constraint: return base + (external_fk ? 9 : 7);
    case ObjectKind::Index: return base + 8;
    case ObjectKind::SequenceOwner: return base + 10;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return base + 11;
    case ObjectKind::Policy: return base + 11;
    case ObjectKind::Grant: return base + 12;
    // Last, so that objects the plan creates get the privileges the model states, not new defaults.
    case ObjectKind::DefaultPrivilege: return base + 13;
    case ObjectKind::Owner: return base + 14;
    case ObjectKind::Trigger: return base + 11;
    case ObjectKind::Language:
    case ObjectKind::AccessMethod:
    case ObjectKind::ForeignDataWrapper:
    case ObjectKind::Collation:
    case ObjectKind::TextSearchParser:
    case ObjectKind::TextSearchTemplate: return base + 1;
    case ObjectKind::ForeignServer:
    case ObjectKind::UserMapping:
    case ObjectKind::TextSearchDictionary:
    case ObjectKind::TextSearchConfiguration:
    case ObjectKind::Conversion: return base + 2;
    case ObjectKind::Operator:
    case ObjectKind::OperatorFamily:
    case ObjectKind::OperatorClass:
    case ObjectKind::Cast:
    case ObjectKind::Aggregate: return base + 4;
    case ObjectKind::Statistics:
    case ObjectKind::Rule:
    case ObjectKind::Publication:
    case ObjectKind::EventTrigger: return base + 11;
  }
  return base;
}

std::string table_name_of(const ObjectId& id, const ObjectValue& v) {
  if (const auto* t = std::get_if<Table>(&v)) return sql::qualified(t->schema, t->name);
  if (const auto* i = std::get_if<Index>(&v)) return sql::qualified(i->schema, i->table);
  if (!id.parent.empty()) return sql::qualified(id.schema, id.parent);
  return "";
}

/// The same default-privileges entry holding nothing beyond the defaults.
DefaultPrivilege no_privileges(const DefaultPrivilege& d) {
  DefaultPrivilege e;
  e.role = d.role;
  e.schema = d.schema;
  e.objtype = d.objtype;
  e.grantee = d.grantee;
  return e;
}

struct Builder {
  const StepContext& ctx;
  const Change& ch;

  bool table_exists_before() const {
    if (ch.id.kind == ObjectKind::Table) return ctx.from_index.table(ch.id.schema, ch.id.name) != nullptr;
    if (ch.id.parent.empty()) return false;
    return ctx.from_index.table(ch.id.schema, ch.id.parent) != nullptr;
  }

  /// A partition created under an index both sides hold gets PostgreSQL's copy of it; one the schema names
  /// otherwise (Index::partition_indexes) is renamed right after.
  Statements with_own_index_names(Statements out, const Table& t) const {
    if (!t.partition_of) return out;
    std::set<std::pair<std::string, std::string>> renames;  // PostgreSQL's name -> the schema's
    for (const Catalog* cat : {&ctx.to, &ctx.from}) {
      const Catalog& other = cat == &ctx.to ? ctx.from : ctx.to;
      for (const auto& i : cat->indexes)
        for (const auto& p : i.partition_indexes) {
          if (p.schema != t.schema || p.table != t.name) continue;
          auto o = std::find_if(other.indexes.begin(), other.indexes.end(), [&](const Index& x) {
            return x.schema == i.schema && x.name == i.name && x.definition == i.definition && x.unique == i.unique;
          });
          if (o == other.indexes.end()) continue;  // created with the partition's index named already
          std::string clone = pg_names::make_object_name(
              t.name, pg_names::name_addition(pg_names::index_column_names(i.definition)), "idx");
          renames.insert({clone, p.name});
        }
    }
    for (const auto& [clone, name] : renames)
      out.push_back("ALTER INDEX " + sql::qualified(t.schema, clone) + " RENAME TO " + sql::ident(name));
    return out;
  }

  // --- SQL per kind and direction --------------------------------------------------------------------------
  Statements create_sql(const ObjectValue& v) const {
    return std::visit(
        [&](const auto& x) -> Statements {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, Schema>) return ddl::create_schema(x);
          else if constexpr (std::is_same_v<T, Extension>) return ddl::create_extension(x);
          else if constexpr (std::is_same_v<T, EnumType>) return ddl::create_enum(x);
          else if constexpr (std::is_same_v<T, Sequence>) return ddl::create_sequence(x);
          else if constexpr (std::is_same_v<T, SequenceOwnership>) return ddl::set_sequence_owner(x);
          else if constexpr (std::is_same_v<T, Table>) return with_own_index_names(ddl::create_table(x), x);
          else if constexpr (std::is_same_v<T, Column>) return ddl::add_column(ch.id.schema, ch.id.parent, x);
          else if constexpr (std::is_same_v<T, Constraint>) return ddl::add_constraint(ch.id.schema, ch.id.parent, x);
          else if constexpr (std::is_same_v<T, Index>)
            return ddl::create_index_tree(x, ctx.to_index.table(x.schema, x.table) ? ctx.to : ctx.from);
          else if constexpr (std::is_same_v<T, View>) return ddl::create_view(x);
          else if constexpr (std::is_same_v<T, Domain>) return ddl::create_domain(x);
          else if constexpr (std::is_same_v<T, CompositeType>) return ddl::create_composite(x);
          else if constexpr (std::is_same_v<T, Policy>) return ddl::create_policy(x);
          else if constexpr (std::is_same_v<T, Grant>) return ddl::change_grant(Grant{x.object, x.grantee, {}, {}, {}, {}}, x);
          else if constexpr (std::is_same_v<T, DefaultPrivilege>) return ddl::change_default_privilege(no_privileges(x), x);
          else if constexpr (std::is_same_v<T, Ownership>) return ddl::set_owner(x.object, x.owner);
          else if constexpr (std::is_same_v<T, Function>) return ddl::create_function(x, false);
          else if constexpr (std::is_same_v<T, Trigger>) return ddl::create_trigger(x);
          else if constexpr (std::is_same_v<T, GenericObject>) return ddl::create_generic(x);
          else return {};
        },
        v);
  }

  Statements drop_sql(const ObjectValue& v) const {
    return std::visit(
        [&](const auto& x) -> Statements {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, Schema>) return ddl::drop_schema(x);
          else if constexpr (std::is_same_v<T, Extension>) return ddl::drop_extension(x);
          else if constexpr (std::is_same_v<T, EnumType>) return ddl::drop_enum(x);
          else if constexpr (std::is_same_v<T, Sequence>) return ddl::drop_sequence(x);
          else if constexpr (std::is_same_v<T, SequenceOwnership>) return ddl::drop_sequence_owner(x);
          else if constexpr (std::is_same_v<T, Table>) return ddl::drop_table(x);
          else if constexpr (std::is_same_v<T, Column>) return ddl::drop_column(ch.id.schema, ch.id.parent, x);
          else if constexpr (std::is_same_v<T, Constraint>) return ddl::drop_constraint(ch.id.schema, ch.id.parent, x);
          else if constexpr (std::is_same_v<T, Index>) return ddl::drop_index(x, false);
          else if constexpr (std::is_same_v<T, View>) return ddl::drop_view(x);
          else if constexpr (std::is_same_v<T, Domain>) return ddl::drop_domain(x);
          else if constexpr (std::is_same_v<T, CompositeType>) return ddl::drop_composite(x);
          else if constexpr (std::is_same_v<T, Policy>) return ddl::drop_policy(x);
          else if constexpr (std::is_same_v<T, Grant>) return ddl::change_grant(x, Grant{x.object, x.grantee, {}, {}, {}, {}});
          else if constexpr (std::is_same_v<T, DefaultPrivilege>) return ddl::change_default_privilege(x, no_privileges(x));
          else if constexpr (std::is_same_v<T, Ownership>) return ddl::set_owner(x.object, "");
          else if constexpr (std::is_same_v<T, Function>) return ddl::drop_function(x);
          else if constexpr (std::is_same_v<T, Trigger>) return ddl::drop_trigger(x);
          else if constexpr (std::is_same_v<T, GenericObject>) return ddl::drop_generic(x);
          else return {};
        },
        v);
  }

  /// Columns that hold enum `e` in `from` and still exist in `to`: the ones a type swap must convert.
  static std::vector<ddl::EnumUse> enum_uses(const EnumType& e, const Catalog& from, const Catalog& to) {
    return type_uses({ObjectKind::Type, e.schema, e.name, "", ""}, from, to);
  }
  /// The same for any user type (a domain).
  static std::vector<ddl::EnumUse> type_uses(const ObjectId& type_id, const Catalog& from, const Catalog& to) {
    std::vector<ddl::EnumUse> uses;
    for (const auto& t : from.tables) {
      const Table* t2 = to.table(t.schema, t.name);
      if (!t2) continue;
      for (const auto& c : t.columns) {
        bool uses_enum = false;
        for (const auto& d : c.meta.deps) uses_enum |= d == type_id;
        const Column* c2 = t2->column(c.name);
        // A generated column of the type is dropped and added again around the swap (planner/cascade.cpp).
        if (!uses_enum || !c2 || c.generated || c2->generated) continue;
        uses.push_back({t.schema, t.name, c.name, c.type, c2->type == c.type ? c2->default_expr : c.default_expr});
      }
    }
    return uses;
  }

  /// The index or key of table schema.table other than `name` that `cat` marks clustered (or, with `replica`,
  /// as the replica identity); "" for none.
  static std::string other_flagged(const Catalog& cat, const std::string& schema, const std::string& table,
                                   const std::string& name, bool replica) {
    auto flagged = [&](const IndexFlags& f) { return replica ? f.replica_identity : f.clustered; };
    for (const auto& i : cat.indexes)
      if (i.schema == schema && i.table == table && i.name != name && flagged(i.flags)) return i.name;
    if (const Table* t = cat.table(schema, table))
      for (const auto& c : t->constraints)
        if (c.name != name && flagged(c.flags)) return c.name;
    return "";
  }

  /// True when index or key `name` of schema.table has the same definition in both catalogs: no step drops or
  /// creates it, so any step may name it.
  static bool settled(const Catalog& a, const Catalog& b, const std::string& schema, const std::string& table,
                      const std::string& name) {
    auto index = [&](const Catalog& c) -> const Index* {
      for (const auto& i : c.indexes)
        if (i.schema == schema && i.name == name && i.table == table) return &i;
      return nullptr;
    };
    auto key = [&](const Catalog& c) -> const Constraint* {
      const Table* t = c.table(schema, table);
      return t ? t->constraint(name) : nullptr;
    };
    if (const Index *x = index(a), *y = index(b); x && y) return x->definition == y->definition && x->unique == y->unique;
    if (const Constraint *x = key(a), *y = key(b); x && y) return x->definition == y->definition && x->type == y->type;
    return false;
  }

  /// What follows the loss of the mark of index or key `lost` (dropped, or unmarked) on the way to catalog `to`
  /// from `from`. CLUSTER ON: the index `to` clusters on instead when it stands throughout (else its own step
  /// marks it; a step that unmarks writes SET WITHOUT CLUSTER when `to` clusters on none). REPLICA IDENTITY:
  /// PostgreSQL leaves relreplident at 'i', so the table's identity in `to` is set: FULL / NOTHING / DEFAULT, or
  /// its index when that stands throughout. The holder's own step may set the same: twice changes nothing, and a
  /// step's rollback needs statements of its own.
  static Statements after_losing(const Catalog& from, const Catalog& to, const std::string& schema,
                                 const std::string& table, const std::string& lost, bool replica, bool unmarked) {
    const Table* t = to.table(schema, table);
    const View* mv = to.view(schema, table);  // a materialized view's index may be clustered too
    if (!t && !(mv && mv->materialized && !replica)) return {};
    std::string q = "ALTER TABLE " + sql::qualified(schema, table);
    if (replica && t->replica_identity != 'i') return ddl::replica_identity(*t);
    std::string other = other_flagged(to, schema, table, lost, replica);
    if (other.empty()) return replica || !unmarked ? Statements{} : Statements{q + " SET WITHOUT CLUSTER"};
    if (!settled(from, to, schema, table, other)) return {};
    return {q + (replica ? " REPLICA IDENTITY USING INDEX " : " CLUSTER ON ") + sql::ident(other)};
  }

  /// Index flags from `x` to `y` of index or key `name` on schema.table, on the way from catalog `from` to `to`.
  static Statements flags_sql(const std::string& schema, const std::string& table, const std::string& name,
                              const IndexFlags& x, const IndexFlags& y, const Catalog& from, const Catalog& to) {
    IndexFlags gained = y;
    gained.clustered = y.clustered && !x.clustered;
    gained.replica_identity = y.replica_identity && !x.replica_identity;
    IndexFlags had = x;
    had.clustered = had.replica_identity = false;
    Statements out = ddl::index_flags(schema, table, name, had, gained);
    if (x.clustered && !y.clustered)
      for (auto& s : after_losing(from, to, schema, table, name, false, true)) out.push_back(std::move(s));
    if (x.replica_identity && !y.replica_identity)
      for (auto& s : after_losing(from, to, schema, table, name, true, true)) out.push_back(std::move(s));
    return out;
  }

  /// After dropping an index or key that held a mark (forward of a drop, rollback of a create).
  static void after_drop(Statements& out, const ObjectValue& v, const Catalog& from, const Catalog& to,
                         const ObjectId& id) {
    const IndexFlags* f = nullptr;
    if (const auto* i = std::get_if<Index>(&v)) f = &i->flags;
    if (const auto* c = std::get_if<Constraint>(&v)) f = &c->flags;
    if (!f) return;
    if (f->clustered)
      for (auto& s : after_losing(from, to, id.schema, id.parent, id.name, false, false)) out.push_back(std::move(s));
    if (f->replica_identity)
      for (auto& s : after_losing(from, to, id.schema, id.parent, id.name, true, false)) out.push_back(std::move(s));
  }

  /// In-place change from `b` to `a` (the rollback calls it with the two swapped and the catalogs swapped).
  Statements alter_sql(const ObjectValue& b, const ObjectValue& a, const Catalog& from, const Catalog& to,
                       bool* transactional) const {
    *transactional = true;
    return std::visit(
        [&](const auto& x) -> Statements {
          using T = std::decay_t<decltype(x)>;
          const T& y = std::get<T>(a);
          if constexpr (std::is_same_v<T, Schema>) return ddl::alter_schema(x, y);
          else if constexpr (std::is_same_v<T, Extension>) return ddl::alter_extension(x, y);
          else if constexpr (std::is_same_v<T, EnumType>) {
            Statements out;
            if (x.values != y.values) {
              if (ddl::enum_values_only_added(x, y)) {
                // A value added by ALTER TYPE cannot be used in the transaction that adds it: run on its own.
                *transactional = false;
                out = ddl::add_enum_values(x, y);
              } else {
                out = ddl::swap_enum(x, y, enum_uses(x, from, to));
                return out;  // the swap recreates the type, comment included
              }
            }
            if (x.comment != y.comment) out.push_back(ddl::comment_on("TYPE", sql::qualified(y.schema, y.name), y.comment));
            return out;
          } else if constexpr (std::is_same_v<T, Sequence>) return ddl::alter_sequence(x, y);
          else if constexpr (std::is_same_v<T, Table>) {
            Statements out = ddl::alter_table_parents(x, y, from, to);
            for (auto& s : ddl::alter_table(x, y)) out.push_back(std::move(s));
            for (auto& s : ddl::alter_inherited_settings(x, y, to)) out.push_back(std::move(s));
            // REPLICA IDENTITY USING INDEX is the index's step; so is the identity that follows its loss, unless
            // no index held it (it was dropped earlier, leaving relreplident at 'i').
            if (x.replica_identity != y.replica_identity && y.replica_identity != 'i' &&
                !(x.replica_identity == 'i' && !other_flagged(from, x.schema, x.name, "", true).empty()))
              for (auto& s : ddl::replica_identity(y)) out.push_back(std::move(s));
            return out;
          }
          else if constexpr (std::is_same_v<T, Column>) {
            Statements out = ddl::alter_column(ch.id.schema, ch.id.parent, x, y);
            // ALTER TYPE gives the column its new type's storage.
            Column base = x;
            if (x.type != y.type) base.storage = 0;
            for (auto& s : ddl::column_settings(ch.id.schema, ch.id.parent, base, y, type_storage(to, y.type)))
              out.push_back(std::move(s));
            return out;
          }
          else if constexpr (std::is_same_v<T, Constraint>) {
            Statements out;
            // A foreign key referencing a partitioned table is one constraint per referenced partition, and
            // PostgreSQL 15's VALIDATE CONSTRAINT marks only the first valid: it is added again instead.
            const Table* referenced =
                y.type == ConstraintType::ForeignKey ? to.table(y.ref_schema, y.ref_table) : nullptr;
            if (!x.validated && y.validated && referenced && !referenced->partition_key.empty()) {
              out = ddl::drop_constraint(ch.id.schema, ch.id.parent, x);
              Constraint z = y;
              z.comment.reset();
              for (auto& st : ddl::add_constraint(ch.id.schema, ch.id.parent, z)) out.push_back(std::move(st));
              if (y.comment) out.push_back(ddl::comment_constraint(ch.id.schema, ch.id.parent, y)[0]);
              return out;
            } else if (!x.validated && y.validated) out = ddl::validate_constraint(ch.id.schema, ch.id.parent, y);
            else if (x.validated && !y.validated) {
              // Un-validating is only possible by adding the constraint again as NOT VALID.
              out = ddl::drop_constraint(ch.id.schema, ch.id.parent, x);
              Constraint z = y;
              z.comment.reset();
              auto add = ddl::add_constraint(ch.id.schema, ch.id.parent, z);
              out.insert(out.end(), add.begin(), add.end());
              if (y.comment) out.push_back(ddl::comment_constraint(ch.id.schema, ch.id.parent, y)[0]);
              return out;
            }
            for (auto& s : flags_sql(ch.id.schema, ch.id.parent, y.name, x.flags, y.flags, from, to)) out.push_back(std::move(s));
            if (x.comment != y.comment) out.push_back(ddl::comment_constraint(ch.id.schema, ch.id.parent, y)[0]);
            return out;
          } else if constexpr (std::is_same_v<T, Index>) {
            Statements out = flags_sql(y.schema, y.table, y.name, x.flags, y.flags, from, to);
            if (x.comment != y.comment) out.push_back(ddl::comment_index(y)[0]);
            return out;
          }
          else if constexpr (std::is_same_v<T, View>) return ddl::alter_view(x, y);
          else if constexpr (std::is_same_v<T, Domain>) {
            if (ddl::domain_needs_swap(x, y)) return ddl::swap_domain(x, y, type_uses(x.id(), from, to));
            return ddl::alter_domain(x, y);
          }
          else if constexpr (std::is_same_v<T, CompositeType>) return ddl::alter_composite(x, y);
          else if constexpr (std::is_same_v<T, Policy>) return ddl::alter_policy(x, y);
          else if constexpr (std::is_same_v<T, Grant>) return ddl::change_grant(x, y);
          else if constexpr (std::is_same_v<T, DefaultPrivilege>) return ddl::change_default_privilege(x, y);
          else if constexpr (std::is_same_v<T, Ownership>) return ddl::set_owner(y.object, y.owner);
          else if constexpr (std::is_same_v<T, Function>) return ddl::replace_function(x, y);
          else if constexpr (std::is_same_v<T, Trigger>) return ddl::alter_trigger(x, y);
          else if constexpr (std::is_same_v<T, GenericObject>) {
            if (ddl::range_needs_swap(x, y)) return ddl::swap_range(x, y, type_uses(x.id(), from, to));
            if (ddl::collation_needs_swap(x, y)) {
              CollationUses uses = collation_uses(x.id(), from, to);
              return ddl::swap_collation(x, y, uses.columns, uses.domains);
            }
            return ddl::alter_generic(x, y);
          }
          else return {};
        },
        b);
  }

  // --- nodes -----------------------------------------------------------------------------------------------
  Node base(NodeAction action, ChangeKind kind, const std::string& summary) const {
    Node n;
    n.action = action;
    n.step.target = ch.id;
    n.step.change = kind;
    n.step.action = summary;
    n.provides.push_back(ch.id);
    return n;
  }

  /// Tables also stand for their columns and inline constraints, so that a step needing `users.id` waits for
  /// the step creating `users`.
  static void add_parts(Node& n, const ObjectValue& v) {
    if (const auto* t = std::get_if<Table>(&v)) {
      // Exactly: an ObjectId is 136 bytes, and growth by doubling left room for 16 ids for a 10-column table.
      n.provides.reserve(n.provides.size() + t->columns.size() + t->constraints.size());
      for (const auto& c : t->columns) n.provides.push_back({ObjectKind::Column, t->schema, c.name, t->name, ""});
      for (const auto& c : t->constraints)
        if (!is_external_fk(c, t->schema, t->name))
          n.provides.push_back({ObjectKind::Constraint, t->schema, c.name, t->name, ""});
    }
  }

  std::string noun() const {
    if (const auto* c = std::get_if<Constraint>(ch.after.index() ? &ch.after : &ch.before))
      if (c->type == ConstraintType::ForeignKey) return "foreign key";
    const ObjectValue& v = ch.after.index() ? ch.after : ch.before;
    if (std::holds_alternative<Domain>(v)) return "domain";
    if (std::holds_alternative<CompositeType>(v)) return "composite type";
    if (const auto* g = std::get_if<GenericObject>(&v); g && g->kind == ObjectKind::Type) return "range type";
    if (const auto* g = std::get_if<GenericObject>(&v); g && g->kind == ObjectKind::Table) return "foreign table";
    if (const auto* t = std::get_if<Table>(&v); t && t->partition_of) return "partition";
    return kind_name(ch.id.kind);
  }

  /// Plain DDL, as `--strategy simple` runs it: the online forms are the planner rules' (planner/rules/).
  Node create_node(const ObjectValue& v, ChangeKind kind) const {
    Node n = base(NodeAction::Create, kind, (ch.id.kind == ObjectKind::Column ? "add " : "create ") + noun());
    if (ch.id.kind == ObjectKind::SequenceOwner) n.step.action = "set sequence owner";
    n.step.forward = create_sql(v);
    n.step.rollback = drop_sql(v);
    after_drop(n.step.rollback, v, ctx.to, ctx.from, ch.id);
    n.after_deps = dependencies(ctx.to_index, ch.id, v);
    add_parts(n, v);
    n.rank = rank_of(NodeAction::Create, ch.id.kind, v);
    assess_create(n, v);
    lock_host_relation(n, v, true);
    return n;
  }

  Node drop_node(const ObjectValue& v, ChangeKind kind) const {
    Node n = base(NodeAction::Drop, kind, "drop " + noun());
    if (ch.id.kind == ObjectKind::SequenceOwner) n.step.action = "remove sequence owner";
    n.step.forward = drop_sql(v);
    n.step.rollback = create_sql(v);
    after_drop(n.step.forward, v, ctx.from, ctx.to, ch.id);
    n.before_deps = dependencies(ctx.from_index, ch.id, v);
    add_parts(n, v);
    n.rank = rank_of(NodeAction::Drop, ch.id.kind, v);
    assess_drop(n, v);
    lock_host_relation(n, v, true);
    return n;
  }

  Node alter_node() const {
    Node n = base(NodeAction::Alter, ChangeKind::Alter, "alter " + noun());
    bool tx = true, back_tx = true;
    n.step.forward = alter_sql(ch.before, ch.after, ctx.from, ctx.to, &tx);
    n.step.rollback = alter_sql(ch.after, ch.before, ctx.to, ctx.from, &back_tx);
    // One flag covers both directions: a step that cannot run in a transaction one way stands alone both ways.
    n.step.transactional = tx && back_tx;
    n.before_deps = dependencies(ctx.from_index, ch.id, ch.before);
    n.after_deps = dependencies(ctx.to_index, ch.id, ch.after);
    n.rank = rank_of(NodeAction::Alter, ch.id.kind, ch.after);
    // An enum swap retypes the columns of the type: it stands for them too, so that what reads them (a view)
    // is dropped before it and created after it. Values only added are a swap in the rollback all the same: a
    // view the plan drops goes before it, so that down.sql creates the view again only after the swap back.
    if (const auto* e = std::get_if<EnumType>(&ch.before); e && e->values != std::get<EnumType>(ch.after).values)
      for (const auto& u : enum_uses(*e, ctx.from, ctx.to)) n.provides.push_back({ObjectKind::Column, u.schema, u.column, u.table, ""});
    if (const auto* d = std::get_if<Domain>(&ch.before); d && ddl::domain_needs_swap(*d, std::get<Domain>(ch.after)))
      for (const auto& u : type_uses(d->id(), ctx.from, ctx.to)) n.provides.push_back({ObjectKind::Column, u.schema, u.column, u.table, ""});
    if (const auto* g = std::get_if<GenericObject>(&ch.before); g && ddl::range_needs_swap(*g, std::get<GenericObject>(ch.after)))
      for (const auto& u : type_uses(g->id(), ctx.from, ctx.to)) n.provides.push_back({ObjectKind::Column, u.schema, u.column, u.table, ""});
    // A collation swap moves its columns and swaps its domains: it stands for them (what reads them goes before
    // it and comes back after), and the columns and domains that leave the collation move away first.
    if (const auto* g = std::get_if<GenericObject>(&ch.before); g && ddl::collation_needs_swap(*g, std::get<GenericObject>(ch.after))) {
      CollationUses uses = collation_uses(g->id(), ctx.from, ctx.to);
      for (const auto& u : uses.columns) n.provides.push_back({ObjectKind::Column, u.schema, u.column, u.table, ""});
      for (const auto& d : uses.domains) {
        n.provides.push_back(d.domain.id());
        for (const auto& u : d.columns) n.provides.push_back({ObjectKind::Column, u.schema, u.column, u.table, ""});
      }
      n.after_deps.insert(n.after_deps.end(), uses.leaving.begin(), uses.leaving.end());
    }
    assess_alter(n);
    if (const auto* g = std::get_if<GenericObject>(&ch.before); g && g->create != std::get<GenericObject>(ch.after).create)
      lock_host_relation(n, ch.after, false);
    return n;
  }

  // --- locks and hazards, attached where the statement is decided ------------------------------------------
  static void lock(Node& n, LockLevel l, const std::string& table) {
    if (l > n.step.lock) {
      n.step.lock = l;
      n.step.locked_table = table;
    }
  }
  static void hazard(Node& n, const char* code, std::string message) { n.step.hazards.push_back({code, std::move(message)}); }

  /// A foreign key locks the table it references too (SHARE ROW EXCLUSIVE, to add its triggers there), even when
  /// the referencing table is new: a busy referenced table is where that lock hurts.
  void lock_referenced(Node& n, const ObjectValue& v) const {
    const auto* c = std::get_if<Constraint>(&v);
    if (!c || c->type != ConstraintType::ForeignKey || !ctx.from_index.table(c->ref_schema, c->ref_table)) return;
    std::string ref = sql::qualified(c->ref_schema, c->ref_table);
    if (ref == table_name_of(ch.id, v)) return;
    n.step.other_locks.push_back({ref, LockLevel::ShareRowExclusive});
  }

  /// Moving a column to a new collation keeps its values but rebuilds every index over it under ACCESS
  /// EXCLUSIVE, and a unique one fails when the new collation makes two of its values equal (a case-insensitive
  /// collation on an email column that holds `a@x` and `A@x`). A domain is swapped as for a new base type.
  void assess_collation_swap(Node& n, const GenericObject& g) const {
    CollationUses uses = collation_uses(g.id(), ctx.from, ctx.to);
    for (const auto& u : uses.columns) {
      std::string t = sql::qualified(u.schema, u.table), c = t + "." + sql::ident(u.column);
      lock(n, LockLevel::AccessExclusive, t);
      hazard(n, hazard::kIndexBuild, "moving " + c + " to the new " + g.id().sql_name() +
                                         " rebuilds the indexes over it while the table is locked");
      const Table* table = ctx.from_index.table(u.schema, u.table);
      bool unique = false;
      for (const auto& k : table ? table->constraints : std::vector<Constraint>{})
        unique |= (k.type == ConstraintType::PrimaryKey || k.type == ConstraintType::Unique) &&
                  std::count(k.columns.begin(), k.columns.end(), u.column);
      for (const auto& i : ctx.from.indexes)
        unique |= i.unique && i.schema == u.schema && i.table == u.table && std::count(i.columns.begin(), i.columns.end(), u.column);
      if (unique)
        hazard(n, hazard::kDataDependent, "a unique key or index over " + c + " fails if the new " + g.id().sql_name() +
                                              " makes two of its values equal");
    }
    for (const auto& d : uses.domains)
      for (const auto& u : d.columns) {
        std::string t = sql::qualified(u.schema, u.table);
        lock(n, LockLevel::AccessExclusive, t);
        n.step.rewrites = true;
        hazard(n, hazard::kTableRewrite, "moving " + t + "." + sql::ident(u.column) + " to " + d.domain.id().sql_name() +
                                             " created again under the new " + g.id().sql_name() + " may rewrite the table");
      }
  }

  void assess_create(Node& n, const ObjectValue& v) const {
    lock_referenced(n, v);
    // A materialized view built again runs its whole query while the DROP's lock keeps every reader out.
    if (const auto* mv = std::get_if<View>(&v); mv && mv->materialized && mv->with_data && ch.kind == ChangeKind::Recreate) {
      n.step.scans = true;
      hazard(n, hazard::kAccessExclusiveLock, "rebuilding " + ch.id.sql_name() + " runs its query again; readers of it " +
                                                  "wait until the step's transaction commits");
    }
    if (!table_exists_before() || ch.id.kind == ObjectKind::Table) return;
    std::string t = table_name_of(ch.id, v);
    if (const auto* i = std::get_if<Index>(&v)) {
      lock(n, LockLevel::Share, t);
      hazard(n, hazard::kIndexBuild, "builds index " + i->name + " while blocking writes to " + t);
      n.step.scans = true;
      if (auto h = index_duplicates(*i)) n.step.hazards.push_back(std::move(*h));
    } else if (const auto* c = std::get_if<Constraint>(&v)) {
      n.step.scans = c->validated;
      if (c->type == ConstraintType::ForeignKey) {
        lock(n, LockLevel::ShareRowExclusive, t);
      } else {
        lock(n, LockLevel::AccessExclusive, t);
      }
      if (c->type == ConstraintType::PrimaryKey || c->type == ConstraintType::Unique || c->type == ConstraintType::Exclude)
        hazard(n, hazard::kIndexBuild, "builds the index of " + c->name + " while blocking reads and writes of " + t);
      else if (c->validated)
        hazard(n, hazard::kFullTableScan, "checks every row of " + t + " for constraint " + c->name + " under lock");
      if (auto h = constraint_violations(t, *c)) n.step.hazards.push_back(std::move(*h));
    } else if (const auto* col = std::get_if<Column>(&v)) {
      lock(n, LockLevel::AccessExclusive, t);
      if (col->generated || col->identity) {
        n.step.rewrites = true;
        hazard(n, hazard::kTableRewrite, "adding " + col->name + " computes a value for every row of " + t);
      } else if (col->not_null && !col->default_expr) {
        // Online, the column is added nullable and the validation of its NOT NULL fails instead (rule 5
        // moves this hazard there).
        Hazard h{hazard::kDataDependent,
                 "new column " + col->name + " is NOT NULL without a default: the step fails while " + t +
                     " has rows (give it a default, or fill it between an expand and a contract)",
                 {}};
        RowCount all{t, "", {}, false, std::nullopt};
        all.match = RowCount::Match::All;
        h.counts.push_back(std::move(all));
        n.step.hazards.push_back(std::move(h));
      }
    }
  }

  void assess_drop(Node& n, const ObjectValue& v) const {
    std::string t = table_name_of(ch.id, v);
    if (std::holds_alternative<Table>(v)) {
      lock(n, LockLevel::AccessExclusive, t);
      hazard(n, hazard::kDeletesData, "drops table " + t + " and all its rows");
    } else if (const auto* mv = std::get_if<View>(&v); mv && mv->materialized) {
      // Its readers wait for the DROP's lock (until the rebuild commits, when it is recreated).
      lock(n, LockLevel::AccessExclusive, ch.id.sql_name());
    } else if (const auto* col = std::get_if<Column>(&v)) {
      if (!ctx.to_index.table(ch.id.schema, ch.id.parent)) return;
      lock(n, LockLevel::AccessExclusive, t);
      hazard(n, hazard::kDeletesData, "drops column " + col->name + " of " + t + " and its values");
    } else if (const auto* i = std::get_if<Index>(&v)) {
      if (!ctx.to_index.table(ch.id.schema, ch.id.parent)) return;
      lock(n, LockLevel::AccessExclusive, t);
      hazard(n, hazard::kIndexDropped, "queries using index " + i->name + " lose it");
    } else if (const auto* c = std::get_if<Constraint>(&v)) {
      if (!ctx.to_index.table(ch.id.schema, ch.id.parent)) return;
      lock(n, LockLevel::AccessExclusive, t);
      if (c->type == ConstraintType::PrimaryKey || c->type == ConstraintType::Unique)
        hazard(n, hazard::kIndexDropped, "dropping " + c->name + " drops its index");
    } else if (std::holds_alternative<EnumType>(v) || std::holds_alternative<Extension>(v) ||
               std::holds_alternative<Sequence>(v) || (std::holds_alternative<View>(v) && ch.kind == ChangeKind::Drop) || std::holds_alternative<Domain>(v) ||
               std::holds_alternative<CompositeType>(v) || std::holds_alternative<Function>(v)) {
      // Catalog-only, but running code may use them.
      hazard(n, hazard::kBreaksRunningCode, "drops " + ch.id.str() + "; code that still uses it fails");
    }
  }

  /// CLUSTER ON, SET WITHOUT CLUSTER and SET STATISTICS take SHARE UPDATE EXCLUSIVE; REPLICA IDENTITY ACCESS
  /// EXCLUSIVE. Catalog changes only: CLUSTER ON marks the index for a later CLUSTER, it moves no row.
  static void assess_flags(Node& n, const IndexFlags& b, const IndexFlags& a, const std::string& table) {
    if (b.clustered != a.clustered || b.statistics != a.statistics) lock(n, LockLevel::ShareUpdateExclusive, table);
    if (b.replica_identity != a.replica_identity) lock(n, LockLevel::AccessExclusive, table);
  }

  /// Rules and statistics objects hang off a relation, which their statements lock (PostgreSQL 15, checked with
  /// pg_locks): CREATE, DROP and CREATE OR REPLACE RULE and ALTER TABLE ... ENABLE / DISABLE RULE take ACCESS
  /// EXCLUSIVE (every reader waits), CREATE and DROP STATISTICS SHARE UPDATE EXCLUSIVE; ALTER STATISTICS ... SET
  /// STATISTICS locks only the object.
  /// `whole`: the object is created or dropped, else altered.
  void lock_host_relation(Node& n, const ObjectValue& v, bool whole) const {
    const auto* g = std::get_if<GenericObject>(&v);
    if (!g) return;
    if (g->kind == ObjectKind::Rule) {
      lock(n, LockLevel::AccessExclusive, sql::qualified(g->schema, g->parent));
    } else if (g->kind == ObjectKind::Statistics && whole) {
      for (const auto& d : g->meta.deps)
        if (d.kind == ObjectKind::Table || d.kind == ObjectKind::MaterializedView || d.kind == ObjectKind::View) {
          lock(n, LockLevel::ShareUpdateExclusive, sql::qualified(d.schema, d.name));
          break;
        }
    }
  }

  void assess_alter(Node& n) const {
    if (const auto* x = std::get_if<Extension>(&ch.before)) {
      const auto& y = std::get<Extension>(ch.after);
      if (!x->version.empty() && !y.version.empty() && x->version != y.version)
        hazard(n, hazard::kUnreversibleRollback,
               "the rollback updates extension " + y.name + " back to " + x->version +
                   ": most extensions ship no downgrade script, and then it fails (see pg_extension_update_paths)");
    } else if (const auto* sq = std::get_if<Sequence>(&ch.before)) {
      if (ddl::sequence_needs_restart(sq->options, std::get<Sequence>(ch.after).options))
        hazard(n, hazard::kBreaksRunningCode, "the new range excludes the old start: " + ch.id.sql_name() +
                                                  " restarts, and values it already gave out may come again");
    } else if (const auto* b = std::get_if<Column>(&ch.before)) {
      const auto& a = std::get<Column>(ch.after);
      std::string t = table_name_of(ch.id, ch.before);
      // SET STATISTICS and SET (n_distinct ...) take SHARE UPDATE EXCLUSIVE; everything else ACCESS EXCLUSIVE.
      bool light = std::all_of(ch.fields.begin(), ch.fields.end(),
                               [](const std::string& f) { return f == "statistics" || f == "options"; });
      lock(n, light ? LockLevel::ShareUpdateExclusive : LockLevel::AccessExclusive, t);
      if (b->identity && a.identity && ddl::sequence_needs_restart(b->identity_options, a.identity_options))
        hazard(n, hazard::kBreaksRunningCode, "the identity of " + a.name + " restarts at " +
                                                  std::to_string(a.identity_options->start) + ": values may come again");
      if (b->type != a.type || b->collation != a.collation) {
        n.step.rewrites = true;
        hazard(n, hazard::kTableRewrite,
               "changing " + a.name + " from " + b->type + " to " + a.type + " may rewrite " + t + " and its indexes");
        if (b->type != a.type)
          if (auto h = cast_failures(t, a.name, b->type, a.type)) n.step.hazards.push_back(std::move(*h));
        if (b->type != a.type && ddl::type_change_needs_using(b->type, a.type))
          if (auto h = cast_truncations(t, a.name, b->type, a.type)) n.step.hazards.push_back(std::move(*h));
        if (ddl::conversion_loses(b->type, a.type))
          hazard(n, hazard::kUnreversibleRollback,
                 "the rollback converts " + a.name + " back from epoch seconds to " + b->type +
                     ": fractions of a second the old values held are lost");
      }
      if (a.not_null && !b->not_null) {
        n.step.scans = true;
        hazard(n, hazard::kFullTableScan, "SET NOT NULL on " + a.name + " scans " + t + " under an ACCESS EXCLUSIVE lock");
        // A default set in the same change does not fill the rows that hold NULL already.
        Hazard h{hazard::kDataDependent,
                 "SET NOT NULL on " + a.name + " fails while rows of " + t + " hold NULL in it: fill them first",
                 {}};
        RowCount nulls{t, a.name, {}, false, std::nullopt};
        nulls.match = RowCount::Match::Null;
        h.counts.push_back(std::move(nulls));
        n.step.hazards.push_back(std::move(h));
      }
    } else if (const auto* e = std::get_if<EnumType>(&ch.before)) {
      const auto& a = std::get<EnumType>(ch.after);
      if (e->values == a.values) return;
      if (ddl::enum_values_only_added(*e, a)) {
        hazard(n, hazard::kUnreversibleRollback,
               "PostgreSQL cannot remove an enum value: the rollback rebuilds " + ch.id.sql_name() +
                   " and fails if rows use a new value");
      } else {
        for (const auto& u : enum_uses(*e, ctx.from, ctx.to)) {
          lock(n, LockLevel::AccessExclusive, sql::qualified(u.schema, u.table));
          n.step.rewrites = true;
          hazard(n, hazard::kTableRewrite, "rebuilding " + ch.id.sql_name() + " rewrites " + sql::qualified(u.schema, u.table));
        }
        // Rule 8: the conversion through text fails on a removed value; name the values and the columns, and
        // let the CLI count the rows that hold them when it reads a live database.
        std::vector<std::string> removed;
        for (const auto& v : e->values)
          if (std::find(a.values.begin(), a.values.end(), v) == a.values.end()) removed.push_back(v);
        if (!removed.empty()) {
          std::string values, columns;
          Hazard h{hazard::kDeletesData, "", {}};
          for (const auto& v : removed) values += (values.empty() ? "" : ", ") + sql::literal(v);
          for (const auto& u : enum_uses(*e, ctx.from, ctx.to)) {
            std::string t = sql::qualified(u.schema, u.table);
            columns += (columns.empty() ? "" : ", ") + t + "." + sql::ident(u.column);
            bool array = u.type.size() > 2 && u.type.compare(u.type.size() - 2, 2, "[]") == 0;
            h.counts.push_back(RowCount{t, u.column, removed, array, std::nullopt});
          }
          h.message = "removes " + values + " from " + ch.id.sql_name() + ": converting " +
                      (columns.empty() ? std::string("no column") : columns) +
                      " fails if rows still hold them: update those rows first";
          n.step.hazards.push_back(std::move(h));
        }
      }
    } else if (const auto* d = std::get_if<Domain>(&ch.before)) {
      // A new CHECK or NOT NULL on a domain is checked against every column of that domain, table by table.
      const auto& a = std::get<Domain>(ch.after);
      if (ddl::domain_needs_swap(*d, a)) {
        for (const auto& u : type_uses(d->id(), ctx.from, ctx.to)) {
          lock(n, LockLevel::AccessExclusive, sql::qualified(u.schema, u.table));
          n.step.rewrites = true;
          hazard(n, hazard::kTableRewrite, "moving " + sql::qualified(u.schema, u.table) + "." + sql::ident(u.column) +
                                               " to the new " + ch.id.sql_name() + " (" + a.base_type + ") may rewrite the table");
        }
        return;
      }
      bool checks = a.not_null && !d->not_null;
      for (const auto& k : a.constraints) {
        const DomainConstraint* old = d->constraint(k.name);
        checks |= k.validated && (!old || old->definition != k.definition || !old->validated);
      }
      if (checks) {
        n.step.scans = true;
        hazard(n, hazard::kFullTableScan, "checks every value of " + ch.id.sql_name() + " in every table that uses it");
      }
    } else if (const auto* g = std::get_if<GenericObject>(&ch.before)) {
      if (ddl::collation_needs_swap(*g, std::get<GenericObject>(ch.after))) return assess_collation_swap(n, *g);
      if (!ddl::range_needs_swap(*g, std::get<GenericObject>(ch.after))) return;
      for (const auto& u : type_uses(g->id(), ctx.from, ctx.to)) {
        std::string t = sql::qualified(u.schema, u.table);
        lock(n, LockLevel::AccessExclusive, t);
        n.step.rewrites = true;
        hazard(n, hazard::kTableRewrite, "moving " + t + "." + sql::ident(u.column) + " to the new " + ch.id.sql_name() +
                                             " through text rewrites the table, and fails on a value the new range rejects");
      }
    } else if (const auto* c = std::get_if<Constraint>(&ch.before)) {
      std::string t = table_name_of(ch.id, ch.before);
      assess_flags(n, c->flags, std::get<Constraint>(ch.after).flags, t);
      if (!c->validated && std::get<Constraint>(ch.after).validated) {
        // VALIDATE takes SHARE UPDATE EXCLUSIVE for either kind (a foreign key adds ROW SHARE on the table it
        // references); checked with pg_locks on PostgreSQL 15.
        lock(n, LockLevel::ShareUpdateExclusive, t);
        n.step.scans = true;
      }
    } else if (const auto* x = std::get_if<Index>(&ch.before)) {
      assess_flags(n, x->flags, std::get<Index>(ch.after).flags, table_name_of(ch.id, ch.before));
    } else if (std::holds_alternative<Table>(ch.before)) {
      const auto& b = std::get<Table>(ch.before);
      const auto& a = std::get<Table>(ch.after);
      // Storage parameters: SHARE UPDATE EXCLUSIVE (each of them in PostgreSQL 15 but user_catalog_table), no
      // rewrite: they apply to pages written from now on. REPLICA IDENTITY takes ACCESS EXCLUSIVE.
      if (!(b.options == a.options) || !(b.toast_options == a.toast_options)) {
        bool catalog = false;
        for (const auto& e : b.options.items) catalog |= option_name(e) == "user_catalog_table";
        for (const auto& e : a.options.items) catalog |= option_name(e) == "user_catalog_table";
        lock(n, catalog ? LockLevel::AccessExclusive : LockLevel::ShareUpdateExclusive, sql::qualified(a.schema, a.name));
      }
      if (b.replica_identity != a.replica_identity) lock(n, LockLevel::AccessExclusive, sql::qualified(a.schema, a.name));
      if (b.partition_of != a.partition_of || b.partition_bound != a.partition_bound || b.inherits != a.inherits) {
        lock(n, LockLevel::AccessExclusive, sql::qualified(a.schema, a.name));
        if (a.partition_of && !(b.partition_of == a.partition_of && b.partition_bound == a.partition_bound)) {
          n.step.scans = true;
          hazard(n, hazard::kFullTableScan, "ATTACH PARTITION checks every row of " + sql::qualified(a.schema, a.name) +
                                                " against its bound");
        }
      }
      if (b.unlogged != a.unlogged) {
        lock(n, LockLevel::AccessExclusive, sql::qualified(a.schema, a.name));
        n.step.rewrites = true;
        hazard(n, hazard::kTableRewrite, "SET " + std::string(a.unlogged ? "UNLOGGED" : "LOGGED") + " rewrites " +
                                             sql::qualified(a.schema, a.name));
      }
    }
  }
};

}  // namespace

/// REVOKE on a table also revokes the same privileges on each of its columns: after a step that takes table
/// privileges away from a grantee, grant back the column privileges `target` gives that grantee.
void restore_column_grants(const ObjectValue& before, const ObjectValue& after, const Catalog& target,
                           ddl::Statements& sql) {
  const auto* b = std::get_if<Grant>(&before);
  const auto* a = std::get_if<Grant>(&after);
  const Grant& g = b ? *b : *a;
  if (g.object.kind != ObjectKind::Table || !b) return;
  std::vector<std::string> revoked;
  for (const auto& p : b->privileges)
    if (!a || !std::count(a->privileges.begin(), a->privileges.end(), p)) revoked.push_back(p);
  if (revoked.empty()) return;
  for (const auto& c : target.grants) {
    if (c.object.kind != ObjectKind::Column || c.grantee != g.grantee || c.object.schema != g.object.schema ||
        c.object.parent != g.object.name)
      continue;
    Grant lost = c;
    std::erase_if(lost.privileges, [&](const std::string& p) { return !std::count(revoked.begin(), revoked.end(), p); });
    std::erase_if(lost.grantable, [&](const std::string& p) { return !std::count(revoked.begin(), revoked.end(), p); });
    lost.revoked.clear();
    for (auto& st : ddl::change_grant(Grant{c.object, c.grantee, {}, {}, {}, {}}, lost)) sql.push_back(std::move(st));
  }
}

/// Who may see or change which rows: policies, row-level security and privileges. Policy DDL and
/// ENABLE/FORCE ROW LEVEL SECURITY take an ACCESS EXCLUSIVE lock on the table; GRANT/REVOKE take none.
void assess_security(const Change& ch, const StepContext& ctx, Node& n) {
  auto hazard = [&](std::string message) { n.step.hazards.push_back({hazard::kAuthorization, std::move(message)}); };
  auto lock_table = [&](const std::string& schema, const std::string& table) {
    if (!ctx.from_index.table(schema, table) || n.step.lock >= LockLevel::AccessExclusive) return;
    n.step.lock = LockLevel::AccessExclusive;
    n.step.locked_table = sql::qualified(schema, table);
  };
  switch (ch.id.kind) {
    case ObjectKind::Policy:
      lock_table(ch.id.schema, ch.id.parent);
      hazard("changes which rows " + sql::qualified(ch.id.schema, ch.id.parent) + " shows and accepts (" +
             ch.id.str() + ")");
      break;
    case ObjectKind::Grant:
      if (n.action == NodeAction::Create) {
        restore_column_grants(ch.after, ObjectValue{}, ctx.from, n.step.rollback);
      } else if (n.action == NodeAction::Drop) {
        restore_column_grants(ch.before, ObjectValue{}, ctx.to, n.step.forward);
      } else {
        restore_column_grants(ch.before, ch.after, ctx.to, n.step.forward);
        restore_column_grants(ch.after, ch.before, ctx.from, n.step.rollback);
      }
      [[fallthrough]];
    case ObjectKind::DefaultPrivilege:
      // `grant privileges on table public.t to bob`, `revoke default privileges for ...`: an entry holding only
      // defaults taken away revokes when created.
      if (n.action == NodeAction::Alter) {
        n.step.action = "change";
      } else {
        bool only_revoked = std::visit(
            [](const auto& v) {
              using T = std::decay_t<decltype(v)>;
              if constexpr (std::is_same_v<T, Grant> || std::is_same_v<T, DefaultPrivilege>) return v.privileges.empty();
              else return false;
            },
            n.action == NodeAction::Create ? ch.after : ch.before);
        n.step.action = (n.action == NodeAction::Create) != only_revoked ? "grant" : "revoke";
      }
      hazard("changes " + ch.id.str());
      break;
    case ObjectKind::Owner:
      n.step.action = "set";
      hazard("changes the " + ch.id.str());
      break;
    default:
      break;
  }
}

/// Row-level security switched on hides every row no policy allows, from the moment it commits; switched off,
/// it shows every row. Online, each step commits on its own, so the switch is ordered against the table's
/// policies in the graph: ENABLE and FORCE wait for the policies the table will have (created or altered
/// first), DISABLE and NO FORCE go before the policies it loses are dropped. Non-owner roles then never see
/// a table with row-level security on and its policies missing. down.sql runs the steps backwards, so it
/// drops the policies only after switching the security off, and creates them before switching it on again.
///
/// The switch is a node of its own, apart from the table's other changes (a comment, storage parameters):
/// policies need the table, so a node that both stands for the table and waits for its policies would be a
/// cycle; nor does it wait for that node (the table exists on both sides). It provides a distinct id (the
/// table's, signed "row-security"), so nothing else waits for it. Turning on and turning off are two nodes,
/// since they wait in opposite directions (ENABLE with NO FORCE would otherwise make a policy recreated in
/// between a cycle). A new table carries its ENABLE in its creation: it has no rows yet, and no code reads it
/// before the plan is done.
void row_security_nodes(const Change& ch, const StepContext& ctx, std::vector<Node>& out) {
  const auto& b = std::get<Table>(ch.before);
  const auto& a = std::get<Table>(ch.after);
  auto policies_of = [&](const Catalog& c) {
    std::vector<ObjectId> ids;
    for (const auto& p : c.policies)
      if (p.schema == ch.id.schema && p.table == ch.id.name) ids.push_back(p.id());
    return ids;
  };
  for (bool on : {true, false}) {
    // The flags this node moves, from the old state: on = those turned on, else those turned off.
    Table to = b;
    if (b.row_security != a.row_security && a.row_security == on) to.row_security = on;
    if (b.force_row_security != a.force_row_security && a.force_row_security == on) to.force_row_security = on;
    Node n;
    n.action = NodeAction::Alter;
    n.step.target = ch.id;
    n.step.change = ChangeKind::Alter;
    n.step.forward = ddl::row_security(b, to);
    n.step.rollback = ddl::row_security(to, b);
    if (n.step.forward.empty()) continue;
    bool main_switch = to.row_security != b.row_security;  // else FORCE alone
    n.step.action = on ? (main_switch ? "enable row level security" : "force row level security")
                       : (main_switch ? "disable row level security" : "stop forcing row level security");
    n.provides.push_back(ObjectId{ObjectKind::Table, ch.id.schema, ch.id.name, "", "row-security"});
    // Not on the table's own alter node: a policy dropped goes before that (it depended on the old table), so
    // waiting for it too would close a cycle with DISABLE going before the policy's drop.
    if (on) {
      for (auto& id : policies_of(ctx.to)) n.after_deps.push_back(std::move(id));
    } else {
      n.before_deps = policies_of(ctx.from);
    }
    n.rank = rank_of(NodeAction::Alter, ObjectKind::Table, ch.after);
    if (ctx.from_index.table(ch.id.schema, ch.id.name)) {
      n.step.lock = LockLevel::AccessExclusive;
      n.step.locked_table = ch.id.sql_name();
    }
    n.step.hazards.push_back({hazard::kAuthorization,
                              "changes row-level security of " + ch.id.sql_name() +
                                  (on ? ": rows no policy allows are hidden"
                                      : ": rows are no longer filtered by its policies")});
    out.push_back(std::move(n));
  }
}

void build_nodes(const Change& ch, const StepContext& ctx, std::vector<Node>& out) {
  size_t first = out.size();
  if (ch.kind == ChangeKind::Alter && ch.id.kind == ObjectKind::Table &&
      std::count(ch.fields.begin(), ch.fields.end(), "row_security")) {
    // The table's other changes, without the switch (row_security_nodes).
    Change rest = ch;
    auto& a = std::get<Table>(rest.after);
    a.row_security = std::get<Table>(ch.before).row_security;
    a.force_row_security = std::get<Table>(ch.before).force_row_security;
    std::erase(rest.fields, std::string("row_security"));
    if (!rest.fields.empty()) build_nodes(rest, ctx, out);
    row_security_nodes(ch, ctx, out);
    return;
  }
  Builder b{ctx, ch};
  switch (ch.kind) {
    case ChangeKind::Create: out.push_back(b.create_node(ch.after, ChangeKind::Create)); break;
    case ChangeKind::Drop: out.push_back(b.drop_node(ch.before, ChangeKind::Drop)); break;
    case ChangeKind::Alter: {
      Node n = b.alter_node();
      if (!n.step.forward.empty()) out.push_back(std::move(n));
      break;
    }
    case ChangeKind::Recreate:
      out.push_back(b.drop_node(ch.before, ChangeKind::Recreate));
      out.push_back(b.create_node(ch.after, ChangeKind::Recreate));
      break;
  }
  for (size_t i = first; i < out.size(); ++i) assess_security(ch, ctx, out[i]);
}

}  // namespace schemaplan
