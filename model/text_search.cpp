#include "model/text_search.h"

namespace schemaplan {
namespace {

/// Reads an identifier as quote_ident() prints it (bare, or in double quotes with quotes doubled) at `at`.
bool read_ident(const std::string& s, size_t& at, std::string& out) {
  size_t start = at;
  if (at < s.size() && s[at] == '"') {
    for (++at; at < s.size(); ++at) {
      if (s[at] != '"') continue;
      if (at + 1 < s.size() && s[at + 1] == '"') {
        ++at;
        continue;
      }
      ++at;
      out = s.substr(start, at - start);
      return true;
    }
    return false;
  }
  while (at < s.size() && s[at] != '.' && s[at] != ',' && s[at] != ')' && s[at] != ' ' && s[at] != '=') ++at;
  out = s.substr(start, at - start);
  return at > start;
}

/// Reads an option's value: a literal ('...' with quotes doubled, E'...' with backslashes escaping) or a bare
/// number, up to `, ` or the closing parenthesis.
bool read_value(const std::string& s, size_t& at, std::string& out) {
  size_t start = at;
  bool escape = at < s.size() && s[at] == 'E' && at + 1 < s.size() && s[at + 1] == '\'';
  if (escape) ++at;
  if (at < s.size() && s[at] == '\'') {
    for (++at; at < s.size(); ++at) {
      if (escape && s[at] == '\\') {
        ++at;
        continue;
      }
      if (s[at] != '\'') continue;
      if (at + 1 < s.size() && s[at + 1] == '\'') {
        ++at;
        continue;
      }
      ++at;
      out = s.substr(start, at - start);
      return true;
    }
    return false;
  }
  while (at < s.size() && s[at] != ',' && s[at] != ')') ++at;
  out = s.substr(start, at - start);
  return at > start;
}

}  // namespace

std::optional<DictionaryText> split_dictionary(const std::string& create) {
  const std::string key = " (TEMPLATE = ";
  size_t at = create.find(key);
  if (at == std::string::npos || create.empty() || create.back() != ')') return std::nullopt;
  at += key.size();
  std::string part;
  // The template's [schema.]name.
  if (!read_ident(create, at, part)) return std::nullopt;
  if (at < create.size() && create[at] == '.') {
    ++at;
    if (!read_ident(create, at, part)) return std::nullopt;
  }
  DictionaryText out;
  out.head = create.substr(0, at);
  while (create.compare(at, 2, ", ") == 0) {
    at += 2;
    std::string name, value;
    if (!read_ident(create, at, name) || create.compare(at, 3, " = ") != 0) return std::nullopt;
    at += 3;
    if (!read_value(create, at, value)) return std::nullopt;
    out.options.emplace_back(std::move(name), std::move(value));
  }
  if (at != create.size() - 1) return std::nullopt;
  return out;
}

std::string dictionary_options_text(const std::vector<std::pair<std::string, std::string>>& options) {
  std::string out;
  for (const auto& [name, value] : options) out += ", " + name + " = " + value;
  return out;
}

}  // namespace schemaplan
