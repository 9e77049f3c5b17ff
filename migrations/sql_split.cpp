#include "migrations/sql_split.h"

#include <cctype>

namespace schemaplan::migrations {
namespace {

/// The dollar-quote tag starting at `i` (`$$` or `$tag$`), or "" when there is none.
std::string dollar_tag(const std::string& s, size_t i) {
  if (s[i] != '$') return {};
  size_t j = i + 1;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
  if (j < s.size() && s[j] == '$') {
    // `$1` is a parameter, not a tag: tags cannot start with a digit.
    if (j > i + 1 && std::isdigit(static_cast<unsigned char>(s[i + 1]))) return {};
    return s.substr(i, j - i + 1);
  }
  return {};
}

}  // namespace

std::vector<SqlStatement> split_sql(const std::string& s) {
  std::vector<SqlStatement> out;
  std::string cur;
  int line = 1, start_line = 0;
  bool at_line_start = true;
  auto flush = [&] {
    size_t b = cur.find_first_not_of(" \t\r\n");
    if (b != std::string::npos) {
      size_t e = cur.find_last_not_of(" \t\r\n");
      out.push_back({cur.substr(b, e - b + 1), start_line});
    }
    cur.clear();
    start_line = 0;
  };
  auto take = [&](size_t from, size_t to) {  // copies s[from, to) and counts lines
    for (size_t k = from; k < to && k < s.size(); ++k) {
      if (s[k] == '\n') ++line;
    }
    cur.append(s, from, to - from);
  };
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (at_line_start && c == '\\' && cur.find_first_not_of(" \t\r\n") == std::string::npos) {
      // psql meta-command: skip to the end of the line
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    at_line_start = c == '\n';
    if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
      size_t e = s.find('\n', i);
      if (e == std::string::npos) e = s.size();
      i = e;  // the comment is dropped, its newline kept
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      int depth = 0;
      size_t k = i;
      while (k < s.size()) {
        if (s.compare(k, 2, "/*") == 0) { ++depth; k += 2; continue; }
        if (s.compare(k, 2, "*/") == 0) { k += 2; if (--depth == 0) break; continue; }
        if (s[k] == '\n') ++line;
        ++k;
      }
      cur += ' ';
      i = k;
      continue;
    }
    if (!std::isspace(static_cast<unsigned char>(c)) && start_line == 0 && c != ';') start_line = line;
    if (c == ';') {
      flush();
      ++i;
      continue;
    }
    if (c == '\'' || c == '"') {
      // E'...' strings accept backslash escapes; plain ones only doubled quotes.
      bool escapes = c == '\'' && i > 0 && (s[i - 1] == 'E' || s[i - 1] == 'e');
      size_t k = i + 1;
      while (k < s.size()) {
        if (escapes && s[k] == '\\') { k += 2; continue; }
        if (s[k] == c) {
          if (k + 1 < s.size() && s[k + 1] == c) { k += 2; continue; }
          break;
        }
        ++k;
      }
      take(i, k + 1);
      i = k + 1;
      continue;
    }
    if (std::string tag = dollar_tag(s, i); !tag.empty()) {
      size_t e = s.find(tag, i + tag.size());
      size_t end = e == std::string::npos ? s.size() : e + tag.size();
      take(i, end);
      i = end;
      continue;
    }
    take(i, i + 1);
    ++i;
  }
  flush();
  return out;
}

}  // namespace schemaplan::migrations
