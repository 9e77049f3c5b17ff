#pragma once
/// Splitting migration files into statements the way psql does (quotes, dollar quotes, comments), without
/// parsing them: a migration may hold statements schemaplan's parser does not support, and those go to the
/// server as written.
#include <string>
#include <vector>

namespace schemaplan::migrations {

struct SqlStatement {
  std::string text;  ///< without the terminating ';', comments and blanks around it kept out
  int line = 1;      ///< 1-based line of its first token in the file
};

/// The statements of `sql`, in order; empty statements are skipped. Lines that are psql meta-commands
/// (starting with a backslash) are skipped too, as they are not SQL.
std::vector<SqlStatement> split_sql(const std::string& sql);

}  // namespace schemaplan::migrations
