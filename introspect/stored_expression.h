#pragma once
/// Expression texts read from the catalog (pg_get_expr, pg_get_viewdef, pg_get_constraintdef, ...) in the form
/// PostgreSQL stores once the text is loaded again. Internal to introspect/.
#include <optional>
#include <string>
#include <string_view>

namespace schemaplan::introspect {

/// `expr` as PostgreSQL prints it after reading its own print back: pg_dump's output does not always load into
/// the expression it was printed from. The case met in real schemas: an IN list over a varchar column, stored
/// as `(x)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])`, reads back as
/// `(x)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])` (a cast of an
/// ARRAY[...] constructor is pushed into its elements). Without this, a database and its own dump compare
/// different for every such CHECK, view, index predicate or policy. Only that pattern is rewritten: an array
/// constructor of cast string literals, cast to an array of another type.
std::string as_reloaded(std::string_view expr);
/// as_reloaded() of an optional text.
inline std::optional<std::string> reloaded(const std::optional<std::string>& expr) {
  if (!expr) return expr;
  return as_reloaded(*expr);
}

}  // namespace schemaplan::introspect
