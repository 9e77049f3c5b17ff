#pragma once
/// The statements of text search objects (model/generic.h) that more than one layer reads: a dictionary's
/// options, which ALTER TEXT SEARCH DICTIONARY changes in place (differ/diff_generics.cpp decides, planner/sql/
/// generic_ddl.cpp writes the ALTER).
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace schemaplan {

/// `CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = s.t, name = value, ...)` as both producers write it (options in
/// the order PostgreSQL keeps them, each value as its serialize_deflist() stores it: numbers bare, anything else
/// a quoted literal), split into the text up to the end of the template's name and the options.
struct DictionaryText {
  std::string head;  ///< `CREATE TEXT SEARCH DICTIONARY s.d (TEMPLATE = s.t`
  std::vector<std::pair<std::string, std::string>> options;  ///< quoted name, value as written
};
/// nullopt when `create` is not in that shape.
std::optional<DictionaryText> split_dictionary(const std::string& create);
/// The options as they follow the template: `, a = 1, b = 'x'` ("" for none).
std::string dictionary_options_text(const std::vector<std::pair<std::string, std::string>>& options);

}  // namespace schemaplan
