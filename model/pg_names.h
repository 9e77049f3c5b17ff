#pragma once
/// PostgreSQL's rules for the names it makes up (indexcmds.c makeObjectName, ChooseIndexNameAddition,
/// ChooseIndexColumnNames; pg_mbcliplen), on plain strings. The parser names implicit objects with them
/// (parser/naming.h, on parse trees); the planner names the partitions' indexes it builds one by one
/// (planner/rules/partitioned_index.cpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace schemaplan::pg_names {

/// PostgreSQL's NAMEDATALEN: identifiers keep at most NAMEDATALEN - 1 bytes.
inline constexpr size_t kNameDataLen = 64;

/// Cuts `name` to at most `limit` bytes without splitting a UTF-8 character (pg_mbcliplen).
size_t clip_length(std::string_view name, size_t limit);
/// makeObjectName: `name1[_name2][_label]`, shortening the longer of name1/name2 first to fit NAMEDATALEN.
std::string make_object_name(std::string_view name1, std::optional<std::string_view> name2, std::string_view label);
/// ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition: names joined by `_`, stopping once
/// the result reaches NAMEDATALEN bytes.
std::string name_addition(const std::vector<std::string>& names);
/// ChooseIndexColumnNames' numbering: repeated names become `a`, `a1`, `a2`... (cut so the number fits).
std::vector<std::string> number_duplicates(const std::vector<std::string>& preliminary);

}  // namespace schemaplan::pg_names
