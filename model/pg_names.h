#pragma once
/// PostgreSQL's rules for the names it makes up (indexcmds.c makeObjectName, ChooseIndexNameAddition,
/// ChooseIndexColumnNames; pg_mbcliplen), on plain strings. The parser names implicit objects with them
/// (parser/naming.h, on parse trees); the planner names the partitions' indexes it builds one by one
/// (planner/rules/partitioned_index.cpp).
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace schemaplan::pg_names {

/// PostgreSQL's NAMEDATALEN: identifiers keep at most NAMEDATALEN - 1 bytes.
inline constexpr size_t kNameDataLen = 64;

/// Cuts `name` to at most `limit` bytes without splitting a UTF-8 character (pg_mbcliplen).
size_t clip_length(std::string_view name, size_t limit);
/// Names of our own (helper constraints and columns, a swapped type's old half): `name` + `suffix` when that fits
/// in NAMEDATALEN - 1 bytes; otherwise `name` cut at a character boundary, `_` and 8 hex digits of the whole
/// name's FNV-1a hash, then `suffix`, so two long names that share a prefix still get names of their own.
std::string fit_with_hash(std::string_view name, std::string_view suffix);
/// makeObjectName: `name1[_name2][_label]`, shortening the longer of name1/name2 first to fit NAMEDATALEN.
std::string make_object_name(std::string_view name1, std::optional<std::string_view> name2, std::string_view label);
/// ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition: names joined by `_`, stopping once
/// the result reaches NAMEDATALEN bytes.
std::string name_addition(const std::vector<std::string>& names);
/// ChooseIndexColumnNames' numbering: repeated names become `a`, `a1`, `a2`... (cut so the number fits).
std::vector<std::string> number_duplicates(const std::vector<std::string>& preliminary);

/// ChooseRelationName: make_object_name with `label`, then `label1`, `label2`, ... until the name is not in
/// `taken` (pairs of schema and relation name) for `schema`.
std::string choose_relation_name(const std::string& schema, const std::string& name1, const std::string& name2,
                                 const std::string& label, const std::set<std::pair<std::string, std::string>>& taken);
/// The names PostgreSQL derives an index's name from (ChooseIndexColumnNames), for a canonical index definition
/// `USING method (elements) [INCLUDE (columns)] ...`: each column's name, `expr` for an expression, repeats numbered.
std::vector<std::string> index_column_names(const std::string& definition);

}  // namespace schemaplan::pg_names
