#include "apply/interrupted_step.h"

#include <cctype>
#include <vector>

namespace schemaplan::apply {
namespace {

/// Reads SQL the way the planner writes it (model/sql_writer.h): keywords and bare identifiers separated by
/// spaces, quoted identifiers with "" for a quote, `.` between schema and name.
class Reader {
 public:
  explicit Reader(const std::string& s) : s_(s) {}

  void spaces() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  /// Consumes keyword `k` (case-insensitive) when it is next.
  bool keyword(const std::string& k) {
    spaces();
    if (s_.size() - i_ < k.size()) return false;
    for (size_t j = 0; j < k.size(); ++j)
      if (std::toupper(static_cast<unsigned char>(s_[i_ + j])) != k[j]) return false;
    size_t end = i_ + k.size();
    if (end < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[end])) || s_[end] == '_')) return false;
    i_ = end;
    return true;
  }
  bool keywords(const std::vector<std::string>& ks) {
    size_t start = i_;
    for (const auto& k : ks)
      if (!keyword(k)) {
        i_ = start;
        return false;
      }
    return true;
  }
  std::optional<std::string> identifier() {
    spaces();
    std::string out;
    if (i_ < s_.size() && s_[i_] == '"') {
      for (++i_; i_ < s_.size(); ++i_) {
        if (s_[i_] != '"')
          out += s_[i_];
        else if (i_ + 1 < s_.size() && s_[i_ + 1] == '"')
          out += s_[++i_];
        else
          return ++i_, out;
      }
      return std::nullopt;  // unterminated
    }
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' || s_[i_] == '$'))
      out += s_[i_++];
    if (out.empty()) return std::nullopt;
    return out;
  }
  /// `name` or `schema.name`: {schema ("" when not given), name}.
  std::optional<IndexName> qualified() {
    auto first = identifier();
    if (!first) return std::nullopt;
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      auto second = identifier();
      if (!second) return std::nullopt;
      return IndexName{*first, *second};
    }
    return IndexName{"", *first};
  }

 private:
  const std::string& s_;
  size_t i_ = 0;
};

}  // namespace

std::optional<IndexName> index_built_concurrently(const std::string& statement) {
  Reader r(statement);
  if (!r.keyword("CREATE")) return std::nullopt;
  r.keyword("UNIQUE");
  if (!r.keywords({"INDEX", "CONCURRENTLY"})) return std::nullopt;
  r.keywords({"IF", "NOT", "EXISTS"});
  auto index = r.identifier();
  if (!index || !r.keyword("ON")) return std::nullopt;
  r.keyword("ONLY");
  auto table = r.qualified();
  if (!table || table->schema.empty()) return std::nullopt;
  return IndexName{table->schema, *index};
}

std::optional<IndexName> index_dropped_concurrently(const std::string& statement) {
  Reader r(statement);
  if (!r.keywords({"DROP", "INDEX", "CONCURRENTLY"})) return std::nullopt;
  r.keywords({"IF", "EXISTS"});
  auto index = r.qualified();
  if (!index || index->schema.empty()) return std::nullopt;
  return index;
}

bool adds_enum_value(const std::string& statement) {
  Reader r(statement);
  if (!r.keywords({"ALTER", "TYPE"}) || !r.qualified()) return false;
  return r.keywords({"ADD", "VALUE"});
}

}  // namespace schemaplan::apply
