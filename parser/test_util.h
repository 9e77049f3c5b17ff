#pragma once
/// Helpers for the parser tests: parse SQL text in memory and print catalogs readably.
#include <string>
#include <utility>
#include <vector>

#include "model/diagnostic.h"
#include "parser/parser.h"

namespace schemaplan::parser::testing {

/// Parses one in-memory file named "test.sql".
Catalog parse_sql(const std::string& sql);
/// Parses in-memory files given as {path, text}.
Catalog parse_files(const std::vector<std::pair<std::string, std::string>>& files);
/// The diagnostic parse_sql() throws; fails the test when it does not throw.
Diagnostic parse_error(const std::string& sql);
// Lookups that fail the test (printing the catalog) when the object is missing.
const Table& table_of(const Catalog& c, const std::string& name, const std::string& schema = "public");
const Column& column_of(const Table& t, const std::string& name);
const Constraint& constraint_of(const Table& t, const std::string& name);
const Index& index_of(const Catalog& c, const std::string& name, const std::string& schema = "public");
const Sequence& sequence_of(const Catalog& c, const std::string& name, const std::string& schema = "public");
const View& view_of(const Catalog& c, const std::string& name, const std::string& schema = "public");
const GenericObject& generic_of(const Catalog& c, const ObjectId& id);
/// Names of a table's constraints / of all indexes / of all sequences, sorted.
std::vector<std::string> constraint_names(const Table& t);
std::vector<std::string> index_names(const Catalog& c);
std::vector<std::string> sequence_names(const Catalog& c);

/// SQL that recreates a catalog from its canonical texts (types, expressions, constraint and index
/// definitions), to check that those texts are valid SQL that reads back to the same model.
std::string to_sql(const Catalog& c);

/// A line-per-fact rendering of everything in a catalog (including spans and deps), for failure messages.
std::string dump(const Catalog& c);

}  // namespace schemaplan::parser::testing
