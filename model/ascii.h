#pragma once
/// ASCII case folding, as PostgreSQL folds keywords and option names (downcase_identifier leaves bytes >= 0x80
/// alone): std::tolower per byte would depend on the process's locale.
#include <string>

namespace schemaplan {

inline std::string ascii_lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

inline std::string ascii_upper(std::string s) {
  for (auto& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

}  // namespace schemaplan
