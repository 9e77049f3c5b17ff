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
///
/// Stored compactly because a whole result waits here until its reader runs (database.cpp reads on three
/// sessions at once, the big results first, and db -> db reads both sides at once): every field's text back to
/// back in one buffer and four bytes of offset per field. A vector of optional strings per row cost 40 bytes a
/// field plus a heap block for every text over 15 bytes, ~7x the text itself on the columns query (100,000 rows
/// of 20 fields at 10,000 tables; docs/performance.md). A result fetched in batches keeps them as chunks of its
/// own: joining them into one buffer held the result twice over while it was copied (docs/performance.md, sixth
/// round).
class TextTable {
 public:
  TextTable() = default;
  explicit TextTable(std::vector<std::string> columns);
  /// A table of hand-written rows (unit tests); each row has one field per column.
  TextTable(std::vector<std::string> columns, const std::vector<std::vector<std::optional<std::string>>>& rows);

  const std::vector<std::string>& columns() const { return columns_; }
  std::size_t size() const { return rows_; }
  bool empty() const { return rows_ == 0; }

  /// Room for `rows` rows holding `text_bytes` bytes of field text in all, so that filling it allocates once.
  void reserve(std::size_t rows, std::size_t text_bytes);
  /// Appends the next field, row by row and column by column; nullopt for SQL NULL.
  void add_field(std::optional<std::string_view> value);
  /// Closes the row whose fields were just added (exactly one per column).
  void end_row();
  /// Appends every row of `other`, which has the same columns (a result fetched in batches): its chunks become
  /// this table's, moved, not copied.
  void append(TextTable&& other);
  void append(const TextTable& other) { append(TextTable(other)); }
  /// Bytes of field text held (what reserve() wants to know to hold this table's rows).
  std::size_t text_bytes() const;
  /// Gives back the room reserved beyond what the rows hold.
  void shrink_to_fit();
  /// The number of the column named `name`; std::logic_error if there is none (a bug in our own SQL).
  std::size_t column_index(std::string_view name) const;

  /// The field of `row` in column number `column`; nullopt for NULL. The view lives as long as the table.
  std::optional<std::string_view> field(std::size_t row, std::size_t column) const;

 private:
  std::vector<std::string> columns_;
  /// Each column name's length and first eight bytes, compared before the name itself: the readers look up
  /// ~20 fields of each of 100,000 rows by name (10,000 tables), and a plain scan compared names byte by byte.
  struct NameKey {
    std::size_t size;
    std::uint64_t head;
    bool operator==(const NameKey&) const = default;
  };
  static NameKey name_key(std::string_view name);
  std::vector<NameKey> keys_;
  std::size_t rows_ = 0;
  /// Rows [first, first + rows) of the table.
  struct Chunk {
    std::size_t first = 0, rows = 0;
    std::string text;
    /// Where each field's text ends in text (it starts where the field before ends).
    std::vector<uint32_t> ends;
    std::vector<bool> null;
  };
  std::vector<Chunk> chunks_;  // by first row
  Chunk& last_chunk();
};

/// Typed access to one row of a TextTable by column name. A missing column or a malformed value is a bug in
/// our own SQL, not user input, so those throw std::logic_error.
class TextRow {
 public:
  TextRow(const TextTable& table, std::size_t row) : table_(&table), row_(row) {}

  /// The raw field; nullopt for SQL NULL. The view lives as long as the table.
  std::optional<std::string_view> field(std::string_view column) const;
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
  for (std::size_t i = 0; i < table.size(); ++i) f(TextRow(table, i));
}

/// A whole number printed by PostgreSQL (int2/int4/int8), all of `text`; std::logic_error naming catalog column
/// `column` otherwise.
int64_t whole_number(std::string_view text, std::string_view column);

/// Parses PostgreSQL's text output of a one-dimensional array, e.g. `{a,"b c","d\"e",NULL}`.
/// NULL elements are returned as nullopt. Throws std::logic_error on malformed input.
std::vector<std::optional<std::string>> parse_text_array(std::string_view literal);

/// Runs one catalog query and returns its rows; the seam between the readers and the connection.
using QueryFn = std::function<TextTable(const std::string& sql)>;

}  // namespace schemaplan::introspect
