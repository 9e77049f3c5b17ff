#pragma once
/// What every PostgreSQL 15 server holds in pg_catalog for full text search (initdb's snowball_create.sql), for
/// the parser, which has no server to ask: the names an unqualified reference means there, and the mappings of
/// the built-in configurations that `CREATE TEXT SEARCH CONFIGURATION ... (COPY = english)` copies.
#include <map>
#include <string>
#include <vector>

namespace schemaplan::parser {

bool builtin_ts_configuration(const std::string& name);
bool builtin_ts_dictionary(const std::string& name);
bool builtin_ts_template(const std::string& name);
/// The token types of the default parser (ts_token_type('default')).
bool default_parser_token(const std::string& alias);
/// A built-in configuration's mappings: token alias -> dictionaries (in pg_catalog, named bare).
std::map<std::string, std::vector<std::string>> builtin_ts_mappings(const std::string& configuration);

}  // namespace schemaplan::parser
