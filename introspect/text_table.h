#pragma once
/// A query result as plain text, the boundary between libpqxx (database.cpp) and the catalog readers.
/// The readers only ever see this type, so they compile without pqxx headers and can be fed hand-written
/// rows in unit tests.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace schemaplan::introspect {

/// Rows of text fields (NULL = nullopt), with the result's column names.
struct TextTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

/// Typed access to one row of a TextTable by column name. A missing column or a malformed value is a bug in
/// our own SQL, not user input, so those throw std::logic_error.
class TextRow {
 public:
  TextRow(const TextTable& table, std::size_t row) : table_(&table), row_(row) {}

  /// The raw field; nullopt for SQL NULL.
  const std::optional<std::string>& field(std::string_view column) const;
  /// The field's text; "" for NULL.
  std::string text(std::string_view column) const;
  /// The field's text, keeping NULL apart from "" (comments, defaults).
  std::optional<std::string> optional_text(std::string_view column) const;
  /// A boolean printed by PostgreSQL ("t" / "f"); NULL is false.
  bool flag(std::string_view column) const;
  /// A whole number (int2/int4/int8); NULL is 0.
  int64_t number(std::string_view column) const;
  /// A "char" column (contype, attidentity, ...); NULL or "" is 0.
  char letter(std::string_view column) const;
  /// A one-dimensional text[] (or name[]); NULL elements become "".
  std::vector<std::string> list(std::string_view column) const;

 private:
  const TextTable* table_;
  std::size_t row_;
};

/// Calls `f` with every row of `table` in order.
template <class F>
void for_each_row(const TextTable& table, F&& f) {
  for (std::size_t i = 0; i < table.rows.size(); ++i) f(TextRow(table, i));
}

/// Parses PostgreSQL's text output of a one-dimensional array, e.g. `{a,"b c","d\"e",NULL}`.
/// NULL elements are returned as nullopt. Throws std::logic_error on malformed input.
std::vector<std::optional<std::string>> parse_text_array(std::string_view literal);

/// Runs one catalog query and returns its rows; the seam between the readers and the connection.
using QueryFn = std::function<TextTable(const std::string& sql)>;

}  // namespace schemaplan::introspect
