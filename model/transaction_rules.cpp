#include "model/transaction_rules.h"

#include <algorithm>
#include <cctype>

namespace schemaplan::sql {
namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

/// The statement upper-cased with each run of white space turned into one space and none leading.
std::string words_of(const std::string& statement) {
  std::string words;
  for (char c : statement) {
    char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (std::isspace(static_cast<unsigned char>(u))) {
      if (!words.empty() && words.back() != ' ') words += ' ';
    } else {
      words += u;
    }
  }
  return words;
}

// is_non_transactional() over a statement's words_of().
bool non_transactional_words(const std::string& words) {
  for (const char* p : {"VACUUM", "CREATE DATABASE", "DROP DATABASE", "CREATE TABLESPACE", "DROP TABLESPACE",
                        "ALTER SYSTEM"})
    if (starts_with(words, p)) return true;
  if (words.find(" CONCURRENTLY") == std::string::npos) return false;
  for (const char* p : {"CREATE INDEX", "CREATE UNIQUE INDEX", "DROP INDEX", "REINDEX"})
    if (starts_with(words, p)) return true;
  return starts_with(words, "ALTER TABLE") && words.find("DETACH PARTITION") != std::string::npos;
}

}  // namespace

bool is_non_transactional(const std::string& statement) { return non_transactional_words(words_of(statement)); }

bool rollback_in_transaction(bool step_transactional, const std::vector<std::string>& rollback) {
  if (step_transactional) return true;
  return std::none_of(rollback.begin(), rollback.end(), [](const std::string& st) {
    const std::string words = words_of(st);
    return non_transactional_words(words) || words == "DO" || starts_with(words, "DO ") || starts_with(words, "CALL ");
  });
}

}  // namespace schemaplan::sql
