#pragma once
/// The one place where SQL text is quoted. Every identifier and literal that reaches emitted SQL goes
/// through these functions; nothing else in the project concatenates a name into SQL.
#include <string>
#include <string_view>
#include <vector>

namespace schemaplan::sql {

/// Quotes an identifier exactly as PostgreSQL's quote_ident() does: bare when it is lower-case ASCII
/// letters, digits and underscores not starting with a digit and not a reserved / type / column-name
/// keyword; otherwise in double quotes with embedded quotes doubled. Matching the server matters because
/// index and constraint definitions read back from pg_get_*def() use the same rules.
std::string ident(std::string_view name);
/// `schema.name`, each part quoted; `schema` empty gives the bare name.
std::string qualified(std::string_view schema, std::string_view name);
/// A string literal: '...' with quotes doubled (standard_conforming_strings is on in every supported
/// server); E'...' when the text holds a backslash, so the result means the same under either setting.
std::string literal(std::string_view text);
/// Comma-separated quoted identifiers: `a, "B", c`.
std::string ident_list(const std::vector<std::string>& names);
/// A dollar-quoted string constant for a routine body: `$function$...$function$`, the tag lengthened until it
/// does not occur in `text` (as pg_get_functiondef() does), so the body is stored exactly as given.
std::string dollar_quoted(std::string_view text);
/// True when `word` is a PostgreSQL keyword that quote_ident() would quote (any category but unreserved).
bool needs_quoting_as_keyword(std::string_view word);

}  // namespace schemaplan::sql
