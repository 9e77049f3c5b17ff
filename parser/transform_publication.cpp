// Publications and event triggers as DDL text (model/generic.h).
//
// A publication is a set of tables (each with its column list and row filter) and schemas: CREATE PUBLICATION
// and the ALTER PUBLICATIONs after it edit one draft (PublicationDraft), and its statements are written again
// from the draft after each edit, in the form the database side reads back (pg_dump's): CREATE PUBLICATION with
// the options that differ from the defaults, then one ALTER PUBLICATION ... ADD per table and per schema,
// sorted. So neither the order tables were listed in nor the statements that added them show.
#include <algorithm>
#include <cctype>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

const std::vector<std::string> kActions = {"insert", "update", "delete", "truncate"};

/// One object of a FOR / ADD / DROP / SET list, as the statement names it.
struct PublicationObject {
  bool schema = false;               ///< TABLES IN SCHEMA name.name
  QualName name;
  bool only = false;                 ///< ONLY t: without its inheritance children
  std::vector<std::string> list;     ///< the column list
  std::string where;                 ///< ` WHERE (...)`
  std::vector<std::string> columns;  ///< the column list and the columns the row filter reads
  std::vector<ObjectId> deps;        ///< what the row filter calls or casts to
  int location = -1;
};

/// `publish = 'insert, update'`: the actions, in PostgreSQL's order.
std::vector<std::string> publish_actions(const StmtCtx& ctx, const std::string& text) {
  std::vector<std::string> given;
  for (size_t pos = 0; pos <= text.size();) {
    size_t comma = text.find(',', pos);
    std::string word = ascii_lower(text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
    word.erase(0, word.find_first_not_of(" \t\n"));
    word.erase(word.find_last_not_of(" \t\n") + 1);
    if (!word.empty()) {
      if (!std::count(kActions.begin(), kActions.end(), word))
        ctx.error("invalid-definition", "unrecognized \"publish\" value: " + sql::literal(word));
      given.push_back(word);
    }
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  std::vector<std::string> out;
  for (const auto& a : kActions)
    if (std::count(given.begin(), given.end(), a)) out.push_back(a);
  return out;
}

/// The WITH (...) of CREATE PUBLICATION, or ALTER PUBLICATION ... SET (...): only the options named change.
void apply_options(const StmtCtx& ctx, PublicationDraft& p, Node* const* options, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const auto* d = options[i]->def_elem;
    std::string name = ascii_lower(d->defname);
    if (name == "publish") {
      p.publish = publish_actions(ctx, d->arg ? std::string(sval(d->arg)) : "");
    } else if (name == "publish_via_partition_root") {
      // A bare option means true; else a boolean, a number or a word.
      std::string v = "true";
      if (d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN) v = d->arg->boolean->boolval ? "true" : "false";
      else if (d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_INTEGER) v = d->arg->integer->ival ? "true" : "false";
      else if (d->arg) v = ascii_lower(std::string(sval(d->arg)));
      if (v == "true" || v == "on" || v == "1") p.via_root = true;
      else if (v == "false" || v == "off" || v == "0") p.via_root = false;
      else ctx.error("invalid-definition", "publish_via_partition_root requires a Boolean value", d->location);
    } else {
      ctx.error("invalid-definition", "unrecognized publication parameter: " + sql::literal(d->defname), d->location);
    }
  }
}

/// The statements and dependencies of publication `g` from its draft.
void write_publication(GenericObject& g, const PublicationDraft& p) {
  std::vector<std::string> with;
  if (p.publish != kActions) {
    std::string list;
    for (const auto& a : p.publish) list += (list.empty() ? "" : ", ") + a;
    with.push_back("publish = " + sql::literal(list));
  }
  if (p.via_root) with.push_back("publish_via_partition_root = true");
  std::string create = "CREATE PUBLICATION " + sql::ident(g.name) + (p.all_tables ? " FOR ALL TABLES" : "");
  for (size_t i = 0; i < with.size(); ++i) create += (i ? ", " : " WITH (") + with[i];
  if (!with.empty()) create += ")";
  g.create = {create};
  g.meta.deps.clear();
  auto add = [&](const ObjectId& d) {
    if (std::find(g.meta.deps.begin(), g.meta.deps.end(), d) == g.meta.deps.end()) g.meta.deps.push_back(d);
  };
  const std::string head = "ALTER PUBLICATION " + sql::ident(g.name) + " ADD ";
  for (const auto& [t, member] : p.tables) {
    g.create.push_back(head + "TABLE ONLY " + sql::qualified(t.schema, t.name) + member.first);
    for (const auto& d : member.second) add(d);
  }
  for (const auto& s : p.schemas) {
    g.create.push_back(head + "TABLES IN SCHEMA " + sql::ident(s));
    add({ObjectKind::Schema, "", s, "", ""});
  }
}

/// The dependencies of table `t` holding `o`'s column list and row filter.
std::vector<ObjectId> member_deps(const QualName& t, const PublicationObject& o) {
  std::vector<ObjectId> out = o.deps;
  out.push_back({ObjectKind::Table, t.schema, t.name, "", ""});
  // A column in the list or the filter holds the publication: PostgreSQL refuses to retype or drop it.
  for (const auto& c : o.columns) out.push_back({ObjectKind::Column, t.schema, c, t.name, ""});
  return out;
}

/// `t` and, recursively, the tables that inherit from it (a publication takes them along unless ONLY).
std::vector<const Table*> with_children(const Catalog& cat, const Table* t) {
  std::vector<const Table*> out{t};
  for (size_t i = 0; i < out.size(); ++i)
    for (const auto& c : cat.tables)
      for (const auto& p : c.inherits)
        if (p.schema == out[i]->schema && p.name == out[i]->name && !std::count(out.begin(), out.end(), &c))
          out.push_back(&c);
  return out;
}

/// ALTER PUBLICATION ... ADD | DROP | SET objects (and CREATE PUBLICATION's FOR list, an ADD) on publication
/// `g`'s draft `draft`. Everything is checked before anything changes: apply_changes() retries a statement that
/// names what a later one creates.
void edit_publication(const StmtCtx& ctx, const Catalog& cat, GenericObject& g, PublicationDraft& draft,
                      PgQuery__AlterPublicationAction action, const std::vector<PublicationObject>& objects) {
  PublicationDraft p = draft;
  if (p.all_tables)
    ctx.error("invalid-definition", "publication " + sql::ident(g.name) + " is defined as FOR ALL TABLES: tables and "
                                    "schemas cannot be added to or dropped from it");
  bool adding = action != PG_QUERY__ALTER_PUBLICATION_ACTION__AP_DropObjects;
  if (action == PG_QUERY__ALTER_PUBLICATION_ACTION__AP_SetObjects) {
    p.tables.clear();
    p.schemas.clear();
  }
  const std::string in = " of publication " + sql::ident(g.name);
  for (const auto& o : objects) {
    if (o.schema) {
      if (!cat.schema(o.name.name)) ctx.error("undefined-object", "schema " + sql::ident(o.name.name) + " does not exist", o.location);
      if (adding && !p.schemas.insert(o.name.name).second)
        ctx.error("duplicate-object", "schema " + sql::ident(o.name.name) + " is already a member" + in, o.location);
      if (!adding && !p.schemas.erase(o.name.name))
        ctx.error("undefined-object", "schema " + sql::ident(o.name.name) + " is not a member" + in, o.location);
      continue;
    }
    std::string table = sql::qualified(o.name.schema, o.name.name);
    const Table* t = cat.table(o.name.schema, o.name.name);
    if (!t && (cat.generic({ObjectKind::Table, o.name.schema, o.name.name, "", ""}) || cat.view(o.name.schema, o.name.name)))
      ctx.error("invalid-definition", "cannot add relation " + table + " to a publication: only tables can be published", o.location);
    if (!t) ctx.error("undefined-object", "relation " + table + " does not exist", o.location);
    if (!adding && (!o.list.empty() || !o.where.empty()))
      ctx.error("invalid-definition", "a column list or WHERE clause cannot be given when dropping " + table + in, o.location);
    for (const auto& c : o.columns)
      if (t->inherits.empty() && !t->partition_of && !t->column(c))
        ctx.error("undefined-object", "column " + sql::ident(c) + " of relation " + table + " does not exist", o.location);
    // PostgreSQL keeps a column list in the table's column order.
    std::vector<std::string> list = o.list;
    auto position = [&](const std::string& c) {
      auto it = std::find_if(t->columns.begin(), t->columns.end(), [&](const Column& x) { return x.name == c; });
      return std::pair{it - t->columns.begin(), c};
    };
    std::sort(list.begin(), list.end(), [&](const std::string& a, const std::string& b) { return position(a) < position(b); });
    std::string clause = (list.empty() ? "" : " (" + sql::ident_list(list) + ")") + o.where;
    for (const Table* x : o.only ? std::vector<const Table*>{t} : with_children(cat, t)) {
      QualName key{x->schema, x->name};
      if (adding && !p.tables.emplace(key, std::pair{clause, member_deps(key, o)}).second)
        ctx.error("duplicate-object", "relation " + sql::qualified(x->schema, x->name) + " is already a member" + in, o.location);
      if (!adding && !p.tables.erase(key) && x == t)
        ctx.error("undefined-object", "relation " + table + " is not a member" + in, o.location);
    }
  }
  draft = std::move(p);
  write_publication(g, draft);
}

/// The objects of a publication statement, read when it is collected (row filters canonicalised then).
std::vector<PublicationObject> read_objects(const StmtCtx& ctx, Deparser& deparse,
                                            const std::function<std::vector<ObjectId>(Node*)>& refs_of,
                                            Node* const* objects, size_t n) {
  std::vector<PublicationObject> out;
  for (size_t i = 0; i < n; ++i) {
    const auto* spec = objects[i]->publication_obj_spec;
    PublicationObject o;
    o.location = spec->location;
    switch (spec->pubobjtype) {
      case PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLES_IN_SCHEMA:
        o.schema = true;
        o.name = {"", spec->name};
        break;
      case PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA:
        o.schema = true;
        o.name = {"", "public"};  // the first schema of the default search_path, as everywhere in the parser
        break;
      case PG_QUERY__PUBLICATION_OBJ_SPEC_TYPE__PUBLICATIONOBJ_TABLE: {
        const auto* t = spec->pubtable;
        const auto* rv = t->relation;
        o.name = {rv->schemaname && *rv->schemaname ? rv->schemaname : "public", rv->relname};
        o.only = !rv->inh;
        o.list = o.columns = strings(t->columns, t->n_columns);
        if (t->where_clause) {
          o.deps = refs_of(t->where_clause);
          ExprRefs refs;
          o.where = " WHERE (" + deparse.canonical_expr(t->where_clause, &refs, o.name.name) + ")";
          for (const auto& c : refs.columns)
            if (!std::count(o.columns.begin(), o.columns.end(), c)) o.columns.push_back(c);
          o.deps.insert(o.deps.end(), refs.deps.begin(), refs.deps.end());
        }
        break;
      }
      default: ctx.unsupported("this publication object", spec->location);
    }
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace

void Transformer::create_publication(const StmtCtx& ctx, PgQuery__CreatePublicationStmt* s) {
  PublicationDraft draft;
  draft.all_tables = s->for_all_tables;
  draft.publish = kActions;
  apply_options(ctx, draft, s->options, s->n_options);
  auto objects = read_objects(ctx, deparse_, [this](Node* n) { return generic_refs(n); }, s->pubobjects, s->n_pubobjects);
  GenericObject g;
  g.kind = ObjectKind::Publication;
  g.name = s->pubname;
  g.meta.span = ctx.span();
  write_publication(g, draft);
  defer(Phase::Types, ctx, [this, ctx, g, draft]() mutable {
    if (const GenericObject* old = cat_.generic(g.id())) {
      std::string first = old->meta.span.str();
      ctx.error("duplicate-object", g.id().str() + " already exists" + (first.empty() ? "" : " (first defined at " + first + ")"));
    }
    publications_[g.name] = draft;
    cat_.generics.push_back(std::move(g));
  });
  // The FOR list is an ADD once the tables are there (they must exist, as in PostgreSQL).
  if (objects.empty()) return;
  defer(Phase::Changes, ctx, [this, ctx, id = g.id(), objects] {
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& x) { return x.id() == id; });
    edit_publication(ctx, cat_, *it, publications_[id.name], PG_QUERY__ALTER_PUBLICATION_ACTION__AP_AddObjects, objects);
  });
}

void Transformer::alter_publication(const StmtCtx& ctx, PgQuery__AlterPublicationStmt* s) {
  ObjectId id{ObjectKind::Publication, "", s->pubname, "", ""};
  auto objects = read_objects(ctx, deparse_, [this](Node* n) { return generic_refs(n); }, s->pubobjects, s->n_pubobjects);
  // SET (options) carries no objects; check the options now, apply them in file order.
  PublicationDraft probe;
  apply_options(ctx, probe, s->options, s->n_options);
  Node* const* options = s->options;
  size_t n_options = s->n_options;
  auto action = s->action;
  defer(Phase::Changes, ctx, [this, ctx, id, objects, options, n_options, action] {
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& x) { return x.id() == id; });
    if (it == cat_.generics.end()) ctx.error("undefined-object", id.str() + " does not exist");
    PublicationDraft& draft = publications_[id.name];
    if (n_options) {
      apply_options(ctx, draft, options, n_options);
      write_publication(*it, draft);
    } else {
      edit_publication(ctx, cat_, *it, draft, action, objects);
    }
  });
}

void Transformer::create_event_trigger(const StmtCtx& ctx, PgQuery__CreateEventTrigStmt* s) {
  GenericObject g;
  g.kind = ObjectKind::EventTrigger;
  g.name = s->trigname;
  std::string create = "CREATE EVENT TRIGGER " + sql::ident(g.name) + " ON " + sql::ident(s->eventname);
  // PostgreSQL stores the tags upper-cased; they are a set.
  std::vector<std::string> tags;
  for (size_t i = 0; i < s->n_whenclause; ++i) {
    const auto* d = s->whenclause[i]->def_elem;
    if (ascii_lower(d->defname) != "tag")
      ctx.error("invalid-definition", "unrecognized filter variable " + sql::literal(d->defname), d->location);
    if (!d->arg || d->arg->node_case != PG_QUERY__NODE__NODE_LIST) continue;
    for (auto& t : strings(d->arg->list->items, d->arg->list->n_items)) {
      for (auto& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      tags.push_back(std::move(t));
    }
  }
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  for (size_t i = 0; i < tags.size(); ++i) create += (i ? ", " : " WHEN TAG IN (") + sql::literal(tags[i]);
  if (!tags.empty()) create += ")";
  // The function as written (a name the search_path finds, or qualified).
  auto f = strings(s->funcname, s->n_funcname);
  if (f.empty()) ctx.error("invalid-definition", "an event trigger needs a function");
  std::string schema = f.size() >= 2 ? f[f.size() - 2] : "";
  create += " EXECUTE FUNCTION " + sql::qualified(schema, f.back()) + "()";
  g.create.push_back(create);
  g.meta.deps.push_back({ObjectKind::Function, schema, f.back(), "", kUnresolvedRef});
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::alter_event_trigger(const StmtCtx& ctx, PgQuery__AlterEventTrigStmt* s) {
  ObjectId id{ObjectKind::EventTrigger, "", s->trigname, "", ""};
  std::string state;
  switch (s->tgenabled && *s->tgenabled ? *s->tgenabled : 'O') {
    case 'D': state = "DISABLE"; break;
    case 'R': state = "ENABLE REPLICA"; break;
    case 'A': state = "ENABLE ALWAYS"; break;
    default: break;  // ENABLE: the state of a new event trigger
  }
  // The last state stated is the one that counts: one ALTER at most follows the CREATE.
  defer(Phase::Changes, ctx, [this, ctx, id, state] {
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& x) { return x.id() == id; });
    if (it == cat_.generics.end()) ctx.error("undefined-object", id.str() + " does not exist");
    it->create.resize(1);
    if (!state.empty()) it->create.push_back("ALTER EVENT TRIGGER " + sql::ident(id.name) + " " + state);
  });
}

}  // namespace schemaplan::parser
