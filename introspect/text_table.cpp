#include "introspect/text_table.h"

#include <charconv>
#include <stdexcept>

namespace schemaplan::introspect {

const std::optional<std::string>& TextRow::field(std::string_view column) const {
  for (std::size_t i = 0; i < table_->columns.size(); ++i)
    if (table_->columns[i] == column) return table_->rows.at(row_).at(i);
  throw std::logic_error("catalog query has no column " + std::string(column));
}

std::string TextRow::text(std::string_view column) const { return field(column).value_or(""); }

std::optional<std::string> TextRow::optional_text(std::string_view column) const { return field(column); }

bool TextRow::flag(std::string_view column) const {
  const auto& f = field(column);
  return f && *f == "t";
}

int64_t TextRow::number(std::string_view column) const {
  const auto& f = field(column);
  if (!f) return 0;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(f->data(), f->data() + f->size(), v);
  if (ec != std::errc() || end != f->data() + f->size())
    throw std::logic_error("catalog column " + std::string(column) + " is not a number: " + *f);
  return v;
}

char TextRow::letter(std::string_view column) const {
  const auto& f = field(column);
  return f && !f->empty() ? (*f)[0] : 0;
}

std::vector<std::string> TextRow::list(std::string_view column) const {
  std::vector<std::string> out;
  const auto& f = field(column);
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
