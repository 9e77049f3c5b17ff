#include "parser/deparse.h"

namespace schemaplan::parser {

std::string Deparser::view_query(Node* select, ExprRefs* refs) {
  // Offline comparisons fold casts PostgreSQL would add to a default or a CHECK anyway; in a view a cast
  // decides a column's type (`1::numeric` is not `1`), so every cast stays.
  bool fold = fold_literal_casts_;
  fold_literal_casts_ = false;
  try {
    normalise_expr(select, refs);
  } catch (...) {
    fold_literal_casts_ = fold;
    throw;
  }
  fold_literal_casts_ = fold;
  return print(select, true);
}

}  // namespace schemaplan::parser
