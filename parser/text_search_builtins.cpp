// Read from a PostgreSQL 15 server:
//   select cfgname from pg_ts_config where cfgnamespace = 11;  select dictname from pg_ts_dict ...;
//   select alias from ts_token_type('default');  and each configuration's pg_ts_config_map.
#include "parser/text_search_builtins.h"

#include <algorithm>
#include <iterator>

namespace schemaplan::parser {
namespace {

/// The languages of the snowball configurations; each has a configuration of its name and a `<name>_stem`
/// dictionary.
const char* const kLanguages[] = {"arabic",     "armenian",   "basque",  "catalan",    "danish",    "dutch",
                                  "english",    "finnish",    "french",  "german",     "greek",     "hindi",
                                  "hungarian",  "indonesian", "irish",   "italian",    "lithuanian", "nepali",
                                  "norwegian",  "portuguese", "romanian", "russian",   "serbian",   "spanish",
                                  "swedish",    "tamil",      "turkish", "yiddish"};

bool is_language(const std::string& name) {
  return std::any_of(std::begin(kLanguages), std::end(kLanguages), [&](const char* l) { return name == l; });
}

/// Tokens a built-in configuration maps: ASCII words, words of other letters, and the rest (numbers,
/// addresses, ...), which every one of them gives to `simple`.
const char* const kAsciiTokens[] = {"asciihword", "asciiword", "hword_asciipart"};
const char* const kWordTokens[] = {"hword", "hword_part", "word"};
const char* const kOtherTokens[] = {"email", "file", "float", "host", "hword_numpart", "int", "numhword",
                                    "numword", "sfloat", "uint", "url", "url_path", "version"};

}  // namespace

bool builtin_ts_configuration(const std::string& name) { return name == "simple" || is_language(name); }

bool builtin_ts_dictionary(const std::string& name) {
  const std::string stem = "_stem";
  return name == "simple" ||
         (name.size() > stem.size() && name.ends_with(stem) && is_language(name.substr(0, name.size() - stem.size())));
}

bool builtin_ts_template(const std::string& name) {
  return name == "simple" || name == "synonym" || name == "ispell" || name == "thesaurus" || name == "snowball";
}

bool default_parser_token(const std::string& alias) {
  static const char* const kTokens[] = {"asciiword", "word",      "numword",  "email",        "url",
                                        "host",      "sfloat",    "version",  "hword_numpart", "hword_part",
                                        "hword_asciipart", "blank", "tag",    "protocol",     "numhword",
                                        "asciihword", "hword",    "url_path", "file",         "float",
                                        "int",       "uint",      "entity"};
  return std::any_of(std::begin(kTokens), std::end(kTokens), [&](const char* t) { return alias == t; });
}

std::map<std::string, std::vector<std::string>> builtin_ts_mappings(const std::string& configuration) {
  std::map<std::string, std::vector<std::string>> out;
  if (!builtin_ts_configuration(configuration)) return out;
  std::string words = configuration == "simple" ? "simple" : configuration + "_stem";
  // Hindi and Russian text mixes in English words: their ASCII words are stemmed as English.
  std::string ascii = configuration == "hindi" || configuration == "russian" ? "english_stem" : words;
  for (const char* t : kAsciiTokens) out[t] = {ascii};
  for (const char* t : kWordTokens) out[t] = {words};
  for (const char* t : kOtherTokens) out[t] = {"simple"};
  return out;
}

}  // namespace schemaplan::parser
