#pragma once
/// SQL DDL text -> model. Uses libpg_query's protobuf parse tree; every object keeps its file:line:col.
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/model.h"

namespace schemaplan::parser {

struct SourceFile {
  std::string path;  ///< as given by the user (printed in diagnostics)
  std::string text;
};

/// Reads one file as it is (any name): what read_sources() reads per file, the one place SQL text is read from
/// disk. Throws DiagnosticError (code "io-error", naming the file and why) when it cannot be read.
SourceFile read_source_file(const std::string& path);

/// Reads a SQL source: one `.sql` file, or a directory searched recursively for `*.sql`, in sorted path order.
/// Throws DiagnosticError (code "io-error") when the path cannot be read.
std::vector<SourceFile> read_sources(const std::string& path);

struct ParseOptions {
  /// Drop literal casts PostgreSQL would add itself (`'a'::text` -> `'a'`, `(0)::numeric` -> `0`), so that both
  /// spellings compare equal. Right for comparing two parsed catalogs offline; wrong for SQL that PostgreSQL will
  /// run (a temporary database must store exactly what the files say), so the CLI turns it off there.
  bool fold_literal_casts = true;
  /// Data statements (INSERT, UPDATE, DELETE, COPY, SELECT of a function, CALL) are errors instead of being
  /// skipped with one warning.
  bool strict = false;
  /// The role that will run the plan, when the caller knows it (`--role`; a database side knows its own). The
  /// files then read as that role's database reads: `ALTER DEFAULT PRIVILEGES FOR ROLE <it>` are the defaults
  /// of the statements' own role (they apply to what the plan creates), and `OWNER TO <it>` states no owner
  /// (the creator owns). Empty: unknown, and every role named stays as named.
  std::string running_role;
};

/// Parses all files into one normalised catalog. Statements may come in any order across and within files
/// (an index before its table, a foreign key before the table it references). Throws DiagnosticError for the
/// first problem: a syntax error (with the position libpg_query reports), a statement or option the model does
/// not support (named, with its location), a reference to an object that is never defined, a duplicate object.
/// `warnings` (optional) receives what was accepted but deserves a word: the data statements skipped (one
/// warning counting them, at the first one).
Catalog parse(const std::vector<SourceFile>& files, const ParseOptions& options = {},
              std::vector<Diagnostic>* warnings = nullptr);

/// Adds the `-- schemaplan:renamed-from OLD` hints of `files` to `cat.renames` (rename_hints.cpp). Throws
/// DiagnosticError "rename-hint" for a hint that names no definition. Called by parse().
void read_rename_hints(const std::vector<SourceFile>& files, Catalog& cat);

}  // namespace schemaplan::parser
