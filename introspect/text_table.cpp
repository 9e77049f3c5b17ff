#include "introspect/text_table.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <cstdint>
#include <stdexcept>

namespace schemaplan::introspect {

TextTable::NameKey TextTable::name_key(std::string_view name) {
  std::uint64_t head = 0;
  std::memcpy(&head, name.data(), std::min<std::size_t>(name.size(), sizeof head));
  return {name.size(), head};
}

TextTable::TextTable(std::vector<std::string> columns) : columns_(std::move(columns)) {
  for (const auto& c : columns_) keys_.push_back(name_key(c));
}

TextTable::TextTable(std::vector<std::string> columns,
                     const std::vector<std::vector<std::optional<std::string>>>& rows)
    : TextTable(std::move(columns)) {
  for (const auto& row : rows) {
    for (const auto& f : row) add_field(f ? std::optional<std::string_view>(*f) : std::nullopt);
    end_row();
  }
}

TextTable::Chunk& TextTable::last_chunk() {
  if (chunks_.empty()) chunks_.emplace_back();
  return chunks_.back();
}

void TextTable::reserve(std::size_t rows, std::size_t text_bytes) {
  Chunk& c = last_chunk();
  c.text.reserve(text_bytes);
  c.ends.reserve(rows * columns_.size());
  c.null.reserve(rows * columns_.size());
}

void TextTable::add_field(std::optional<std::string_view> value) {
  Chunk& c = last_chunk();
  if (value) {
    // The offsets are 32-bit to keep them small; a catalog query's batch is far from 4 GB of text.
    if (c.text.size() + value->size() > UINT32_MAX) throw std::length_error("catalog query result over 4 GB");
    c.text.append(*value);
  }
  c.ends.push_back(static_cast<uint32_t>(c.text.size()));
  c.null.push_back(!value);
}

void TextTable::end_row() {
  Chunk& c = last_chunk();
  if (c.ends.size() != (c.rows + 1) * columns_.size())
    throw std::logic_error("text table row with a wrong number of fields");
  ++c.rows;
  ++rows_;
}

void TextTable::append(TextTable&& other) {
  if (other.columns_ != columns_) throw std::logic_error("text tables with different columns appended");
  // A chunk this table is still filling stays the last one it fills: the other's rows follow it.
  for (auto& c : other.chunks_) {
    if (c.rows == 0) continue;
    c.first = rows_;
    rows_ += c.rows;
    chunks_.push_back(std::move(c));
  }
  other.chunks_.clear();
  other.rows_ = 0;
}

std::size_t TextTable::text_bytes() const {
  std::size_t bytes = 0;
  for (const auto& c : chunks_) bytes += c.text.size();
  return bytes;
}

void TextTable::shrink_to_fit() {
  for (auto& c : chunks_) {
    c.text.shrink_to_fit();
    c.ends.shrink_to_fit();
    c.null.shrink_to_fit();
  }
}

std::size_t TextTable::column_index(std::string_view name) const {
  const NameKey key = name_key(name);
  for (std::size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] == key && columns_[i] == name) return i;
  throw std::logic_error("catalog query has no column " + std::string(name));
}

std::optional<std::string_view> TextTable::field(std::size_t row, std::size_t column) const {
  if (row >= rows_ || column >= columns_.size()) throw std::out_of_range("text table field out of range");
  // The chunk holding the row: the last one whose first row is at most `row` (one, or a result's ~10 batches).
  auto it = std::upper_bound(chunks_.begin(), chunks_.end(), row, [](std::size_t r, const Chunk& c) { return r < c.first; });
  const Chunk& c = *(it - 1);
  const std::size_t i = (row - c.first) * columns_.size() + column;
  if (c.null[i]) return std::nullopt;
  const std::size_t begin = i == 0 ? 0 : c.ends[i - 1];
  return std::string_view(c.text).substr(begin, c.ends[i] - begin);
}

std::optional<std::string_view> TextRow::field(std::string_view column) const {
  return table_->field(row_, table_->column_index(column));
}

std::string TextRow::text(std::string_view column) const { return std::string(field(column).value_or("")); }

std::optional<std::string> TextRow::optional_text(std::string_view column) const {
  auto f = field(column);
  if (!f) return std::nullopt;
  return std::string(*f);
}

bool TextRow::flag(std::string_view column) const {
  auto f = field(column);
  return f && *f == "t";
}

int64_t whole_number(std::string_view text, std::string_view column) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size())
    throw std::logic_error("catalog column " + std::string(column) + " is not a number: " + std::string(text));
  return v;
}

int64_t TextRow::number(std::string_view column) const {
  auto f = field(column);
  return f ? whole_number(*f, column) : 0;
}

char TextRow::letter(std::string_view column) const {
  auto f = field(column);
  return f && !f->empty() ? (*f)[0] : 0;
}

std::vector<std::string> TextRow::list(std::string_view column) const {
  std::vector<std::string> out;
  auto f = field(column);
  if (!f) return out;
  for (auto& e : parse_text_array(*f)) out.push_back(e.value_or(""));
  return out;
}

std::vector<std::optional<std::string>> parse_text_array(std::string_view s) {
  // The grammar of array_out() for one dimension: elements separated by ',', quoted with '"' when they hold
  // special characters (backslash escapes inside quotes), the bare word NULL for a null element. Arrays
  // built with ARRAY(...) start at index 1, so no `[lo:hi]=` decoration is ever printed.
  auto bad = [&] { return std::logic_error("malformed array literal: " + std::string(s)); };
  std::vector<std::optional<std::string>> out;
  if (s.size() < 2 || s.front() != '{' || s.back() != '}') throw bad();
  std::size_t i = 1;
  const std::size_t end = s.size() - 1;
  if (i == end) return out;
  while (true) {
    std::string value;
    bool quoted = false;
    if (s[i] == '"') {
      quoted = true;
      ++i;
      while (i < end && s[i] != '"') {
        if (s[i] == '\\') ++i;
        if (i >= end) throw bad();
        value += s[i++];
      }
      if (i >= end) throw bad();
      ++i;  // closing quote
    } else {
      while (i < end && s[i] != ',') {
        if (s[i] == '\\') ++i;
        if (i >= end) throw bad();
        value += s[i++];
      }
    }
    if (!quoted && value == "NULL")
      out.emplace_back(std::nullopt);
    else
      out.emplace_back(std::move(value));
    if (i == end) break;
    if (s[i] != ',') throw bad();
    ++i;
  }
  return out;
}

}  // namespace schemaplan::introspect
