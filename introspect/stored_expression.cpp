#include "introspect/stored_expression.h"

#include <optional>
#include <vector>

namespace schemaplan::introspect {
namespace {

/// The end (one past) of the quoted token starting at `i` (`'...'` with '' inside, or `"..."` with "" inside).
size_t skip_quoted(std::string_view s, size_t i) {
  char q = s[i];
  for (++i; i < s.size(); ++i) {
    if (s[i] != q) continue;
    if (i + 1 < s.size() && s[i + 1] == q) {
      ++i;
      continue;
    }
    return i + 1;
  }
  return s.size();
}

/// The position of the bracket closing the one opened at `open` (s[open] is '[' or '('), quotes skipped.
std::optional<size_t> closing(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size();) {
    char c = s[i];
    if (c == '\'' || c == '"') {
      i = skip_quoted(s, i);
      continue;
    }
    if (c == '[' || c == '(') ++depth;
    if (c == ']' || c == ')') {
      if (--depth == 0) return i;
    }
    ++i;
  }
  return std::nullopt;
}

/// Splits at the commas outside quotes and brackets.
std::vector<std::string_view> top_level_items(std::string_view s) {
  std::vector<std::string_view> out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '\'' || c == '"') {
      i = skip_quoted(s, i);
      continue;
    }
    if (c == '[' || c == '(') ++depth;
    if (c == ']' || c == ')') --depth;
    if (c == ',' && depth == 0) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
    ++i;
  }
  out.push_back(s.substr(start));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

/// `'...'::type` -> the type ("" when the element is not a cast string literal).
std::string_view literal_cast_type(std::string_view e) {
  if (e.empty() || e.front() != '\'') return {};
  size_t end = skip_quoted(e, 0);
  if (end + 2 > e.size() || e.substr(end, 2) != "::") return {};
  std::string_view type = e.substr(end + 2);
  // A type name: no operators or further casts after it.
  for (char c : type)
    if (c == ':' || c == '\'' || c == '+' || c == '|' || c == '=') return {};
  return type;
}

}  // namespace

std::string as_reloaded(std::string_view s) {
  static constexpr std::string_view kOpen = "(ARRAY[";
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\'' || c == '"') {
      size_t end = skip_quoted(s, i);
      out.append(s.substr(i, end - i));
      i = end;
      continue;
    }
    if (s.substr(i, kOpen.size()) != kOpen) {
      out += c;
      ++i;
      continue;
    }
    // (ARRAY[ elements ])::type[]
    size_t bracket = i + kOpen.size() - 1;
    auto close_bracket = closing(s, bracket);
    auto close_paren = closing(s, i);
    bool shape = close_bracket && close_paren && *close_paren == *close_bracket + 1 &&
                 s.substr(*close_paren + 1, 2) == "::";
    size_t type_end = shape ? s.find("[]", *close_paren + 3) : std::string_view::npos;
    std::string_view target = type_end == std::string_view::npos ? std::string_view{}
                                                                 : s.substr(*close_paren + 3, type_end - *close_paren - 3);
    bool rewrite = !target.empty() && target.find_first_of("()':") == std::string_view::npos &&
                   s.substr(type_end + 2, 1) != "[";  // one dimension only
    std::vector<std::string_view> elements;
    if (rewrite) {
      elements = top_level_items(s.substr(bracket + 1, *close_bracket - bracket - 1));
      for (auto& e : elements) {
        e = trim(e);
        std::string_view from = literal_cast_type(e);
        rewrite = rewrite && !from.empty() && from != target;
      }
    }
    if (!rewrite) {
      out += c;
      ++i;
      continue;
    }
    out += "ARRAY[";
    for (size_t k = 0; k < elements.size(); ++k)
      out += (k ? ", (" : "(") + std::string(elements[k]) + ")::" + std::string(target);
    out += "]";
    i = type_end + 2;
  }
  return out;
}

}  // namespace schemaplan::introspect
