#pragma once
/// What a view's raw query says about the view before the catalog is known: its select list (the names
/// PostgreSQL would give the columns), the relations it reads and the names it uses. Read from the tree as
/// written, before normalising, because PostgreSQL names columns from the query as written.
#include <set>
#include <string>
#include <vector>

#include "model/object_id.h"
#include "parser/pg_tree.h"

namespace schemaplan::parser {

/// One entry of the select list that names the view's columns.
struct ViewTarget {
  enum class Kind { Star, Column, Other };
  Kind kind = Kind::Other;
  std::string name;       ///< Column/Other: the column's name (explicit, or as PostgreSQL's FigureColname picks it)
  std::string qualifier;  ///< Star: `t` of `t.*` ("" for `*`); Column: `t` of `t.a` ("" when unqualified)
  std::string column;     ///< Column: the column read
  Node* expr = nullptr;   ///< the entry's expression (printed after normalising)
};

/// A relation read by the query: `schema.name AS alias` (alias = name when none is given).
struct ViewRelation {
  std::string schema, name, alias;
};

/// A column reference anywhere in the query: `qualifier.column`, `qualifier.*` (column "*"), `column`.
struct ViewColumnUse {
  std::string qualifier, column;
};

struct ViewShape {
  std::vector<ViewTarget> targets;
  std::vector<ViewRelation> from;      ///< the FROM list of the select naming the columns, in order
  bool columns_known = true;  ///< false for set operations and VALUES (the server unifies their types)
  bool from_complete = true;  ///< false when `from` misses some FROM item (a subquery, a function, a join
                              ///< with USING): `*` cannot be expanded from the catalog
  std::vector<ViewRelation> relations;  ///< every relation anywhere in the query (CTE names excluded)
  std::vector<ViewColumnUse> uses;       ///< every column reference anywhere
  std::vector<ObjectId> functions;       ///< schema-qualified calls of functions outside pg_catalog
  std::vector<int> locations;            ///< location of each entry of `relations`, for errors
};

/// PostgreSQL's FigureColname(): the name a select-list expression gives its column ("?column?" when none).
std::string figure_colname(const Node* n);

/// Reads the shape of `select` and qualifies its relation names in place (`x` -> `public.x`, CTE names
/// left alone), so that the deparsed query means the same under any search_path.
ViewShape read_view_shape(PgQuery__SelectStmt* select, TreeArena& arena);

}  // namespace schemaplan::parser
