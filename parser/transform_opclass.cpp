// Operator families and classes as DDL text (model/generic.h), in the shape pg_dump writes them:
// - a family is `CREATE OPERATOR FAMILY s.f USING am`, then one `ALTER OPERATOR FAMILY s.f USING am ADD <member>`
//   per member added to the family itself (not through a class), sorted;
// - a class is its CREATE OPERATOR CLASS with its items sorted (operators, functions, storage, by number) and no
//   FAMILY clause when the family has the class's name (PostgreSQL uses that family, or makes it).
// A class without FAMILY makes a family of its own name when there is none: the model holds that family as an
// object (a database lists it), so the class adds it when the files do not create it.
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

/// The family's address in its own statements: `s.f USING am`.
std::string family_address(const QualName& q, const std::string& method) {
  return sql::qualified(q.schema, q.name) + " USING " + sql::ident(method);
}

/// Items in one order: operators, then functions, then storage, each by number, then as printed.
void sort_items(Node** items, size_t n) {
  std::stable_sort(items, items + n, [](const Node* a, const Node* b) {
    const auto* x = a->create_op_class_item;
    const auto* y = b->create_op_class_item;
    return std::pair(x->itemtype, x->number) < std::pair(y->itemtype, y->number);
  });
}

Node** name_nodes(TreeArena& arena, const QualName& q) {
  Node** name = arena.nodes(2);
  name[0] = arena.string_node(q.schema);
  name[1] = arena.string_node(q.name);
  return name;
}

}  // namespace

void Transformer::create_opfamily(const StmtCtx& ctx, PgQuery__CreateOpFamilyStmt* s) {
  QualName q = qual_name(strings(s->opfamilyname, s->n_opfamilyname));
  GenericObject g;
  g.kind = ObjectKind::OperatorFamily;
  g.schema = q.schema;
  g.name = q.name;
  g.signature = s->amname ? s->amname : "";
  g.create.push_back("CREATE OPERATOR FAMILY " + family_address(q, g.signature));
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::alter_opfamily(const StmtCtx& ctx, PgQuery__AlterOpFamilyStmt* s) {
  if (s->is_drop) ctx.unsupported("ALTER OPERATOR FAMILY ... DROP");
  QualName q = qual_name(strings(s->opfamilyname, s->n_opfamilyname));
  std::string method = s->amname ? s->amname : "";
  ObjectId id{ObjectKind::OperatorFamily, q.schema, q.name, "", method};
  s->opfamilyname = name_nodes(arena_, q);
  s->n_opfamilyname = 2;
  // One statement per member, each deparsed on its own, so that members added by several ALTERs sort as one list.
  Node** items = s->items;
  size_t n = s->n_items;
  for (size_t i = 0; i < n; ++i) {
    s->items = &items[i];
    s->n_items = 1;
    Node* stmt = arena_.node(s);
    auto deps = generic_refs(stmt);
    std::string text = deparse_statement(stmt);
    std::vector<ObjectId> refs = deps;
    defer(Phase::Changes, ctx, [this, ctx, id, text, refs] {
      auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& g) { return g.id() == id; });
      if (it == cat_.generics.end()) ctx.error("undefined-object", id.str() + " does not exist");
      it->create.push_back(text);
      std::sort(it->create.begin() + 1, it->create.end());
      for (const auto& d : refs)
        if (d != id && std::find(it->meta.deps.begin(), it->meta.deps.end(), d) == it->meta.deps.end()) it->meta.deps.push_back(d);
    });
  }
}

void Transformer::create_opclass(const StmtCtx& ctx, PgQuery__CreateOpClassStmt* s) {
  QualName q = qual_name(strings(s->opclassname, s->n_opclassname));
  std::string method = s->amname ? s->amname : "";
  QualName family = s->n_opfamilyname ? qual_name(strings(s->opfamilyname, s->n_opfamilyname)) : q;
  s->opclassname = name_nodes(arena_, q);
  s->n_opclassname = 2;
  if (family.schema == q.schema && family.name == q.name) {
    s->opfamilyname = nullptr;
    s->n_opfamilyname = 0;
  } else {
    s->opfamilyname = name_nodes(arena_, family);
    s->n_opfamilyname = 2;
  }
  sort_items(s->items, s->n_items);
  Node* stmt = arena_.node(s);
  GenericObject g;
  g.kind = ObjectKind::OperatorClass;
  g.schema = q.schema;
  g.name = q.name;
  g.signature = method;
  g.meta.deps = generic_refs(stmt);
  ObjectId family_id{ObjectKind::OperatorFamily, family.schema, family.name, "", method};
  g.meta.deps.push_back(family_id);
  g.create.push_back(deparse_statement(stmt));
  add_generic(ctx, std::move(g), nullptr);
  // The family of the class's own name, when the files do not create it (PostgreSQL makes it).
  if (s->n_opfamilyname == 0)
    defer(Phase::Changes, ctx, [this, ctx, family_id, q, method] {
      if (cat_.generic(family_id)) return;
      GenericObject f;
      f.kind = ObjectKind::OperatorFamily;
      f.schema = q.schema;
      f.name = q.name;
      f.signature = method;
      f.create.push_back("CREATE OPERATOR FAMILY " + family_address(q, method));
      f.meta.span = ctx.span();
      cat_.generics.push_back(std::move(f));
    });
}

}  // namespace schemaplan::parser
