#include "introspect/connection_string.h"

#include <libpq-fe.h>

#include <cctype>
#include <map>
#include <memory>
#include <optional>

#include "introspect/database.h"
#include "model/diagnostic.h"

namespace schemaplan::introspect {
namespace {

using Options = std::map<std::string, std::string>;

// The options given explicitly in `conninfo`; libpq's error message in `error` when it cannot parse it.
std::optional<Options> parse(const std::string& conninfo, std::string& error) {
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(conninfo.c_str(), &err);
  if (!opts) {
    error = err ? err : "out of memory";
    if (err) PQfreemem(err);
    while (!error.empty() && (error.back() == '\n' || error.back() == ' ')) error.pop_back();
    return std::nullopt;
  }
  Options out;
  for (auto* o = opts; o->keyword; ++o)
    if (o->val) out[o->keyword] = o->val;
  PQconninfoFree(opts);
  return out;
}

// libpq's defaults with the PG* environment applied (PGHOST, PGUSER, PGPASSWORD, ...).
Options defaults() {
  Options out;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> opts(PQconndefaults(), &PQconninfoFree);
  if (!opts) return out;
  for (auto* o = opts.get(); o->keyword; ++o)
    if (o->val && *o->val) out[o->keyword] = o->val;
  return out;
}

std::string get(const Options& o, const std::string& key) {
  auto it = o.find(key);
  return it == o.end() ? std::string() : it->second;
}

// A conninfo value in single quotes, escaping as libpq's parser expects.
std::string quote_value(const std::string& v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool is_url(const std::string& s) { return starts_with(s, "postgresql://") || starts_with(s, "postgres://"); }

// The URL form without the password in its user info and in a `password=` query parameter.
std::string redact_url(const std::string& url) {
  std::string out = url;
  const std::size_t start = out.find("://") + 3;
  // The user info runs to an '@'; a careless password may itself hold '@', '/' or '?', so the cut goes to
  // the *last* '@'. That may cut too much (an '@' in the database name), which only shortens a message;
  // cutting too little would print a password.
  std::size_t last_at = out.rfind('@');
  if (last_at != std::string::npos && last_at > start) {
    std::size_t colon = out.find(':', start);
    if (colon < out.find('@', start)) out.erase(colon, last_at - colon);
  }
  std::size_t query = out.find('?', start);
  if (query == std::string::npos) return out;
  std::string params = out.substr(query + 1), kept;
  std::size_t pos = 0;
  while (pos <= params.size()) {
    std::size_t amp = params.find('&', pos);
    std::string param = params.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
    if (!starts_with(param, "password=")) kept += (kept.empty() ? "" : "&") + param;
    if (amp == std::string::npos) break;
    pos = amp + 1;
  }
  out.erase(query);
  return kept.empty() ? out : out + "?" + kept;
}

// The key=value form without its `password` pairs, written back as the user wrote it otherwise. Scans the
// text with libpq's grammar (values bare or in single quotes, backslash escapes) instead of parsing and
// re-printing, so that even a string libpq rejects can be shown without its password.
std::string redact_keywords(const std::string& s) {
  std::string out;
  std::size_t i = 0;
  const std::size_t n = s.size();
  auto space = [&](std::size_t k) { return k < n && std::isspace(static_cast<unsigned char>(s[k])); };
  while (i < n) {
    std::size_t pair_start = i;
    while (space(i)) ++i;
    std::size_t key_start = i;
    while (i < n && s[i] != '=' && !space(i)) ++i;
    std::string key = s.substr(key_start, i - key_start);
    while (space(i)) ++i;
    if (i < n && s[i] == '=') {
      ++i;
      while (space(i)) ++i;
      if (i < n && s[i] == '\'') {
        for (++i; i < n && s[i] != '\''; ++i)
          if (s[i] == '\\') ++i;
        if (i < n) ++i;
      } else {
        for (; i < n && !space(i); ++i)
          if (s[i] == '\\') ++i;
      }
    }
    if (i > n) i = n;
    if (key != "password") out += s.substr(pair_start, i - pair_start);
    if (i == pair_start) ++i;  // cannot happen with the grammar above, but never loop forever
  }
  // Dropping the first or last pair leaves a separating blank behind.
  std::size_t first = out.find_first_not_of(" \t\n\r");
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(" \t\n\r") - first + 1);
}

}  // namespace

bool looks_like_connection(const std::string& source) {
  if (is_url(source)) return true;
  // libpq takes any string holding '=' for key=value; demanding that it start with `keyword =` keeps a
  // file path such as `schemas/a=b.sql` a path.
  std::size_t i = 0;
  while (i < source.size() && std::isspace(static_cast<unsigned char>(source[i]))) ++i;
  std::size_t key = i;
  while (i < source.size() && (std::isalpha(static_cast<unsigned char>(source[i])) || source[i] == '_')) ++i;
  if (i == key) return false;
  while (i < source.size() && std::isspace(static_cast<unsigned char>(source[i]))) ++i;
  return i < source.size() && source[i] == '=';
}

std::string redact(const std::string& conninfo) {
  return is_url(conninfo) ? redact_url(conninfo) : redact_keywords(conninfo);
}

std::string conninfo_with_dbname(const std::string& conninfo, const std::string& dbname) {
  std::string error;
  auto options = parse(conninfo, error);
  if (!options) fail("connection-error", "invalid connection string " + redact(conninfo) + ": " + error);
  (*options)["dbname"] = dbname;
  std::string out;
  for (const auto& [key, value] : *options) out += (out.empty() ? "" : " ") + key + "=" + quote_value(value);
  return out;
}

std::string describe_target(const std::string& conninfo) {
  std::string error;
  auto given = parse(conninfo, error);
  if (!given) return redact(conninfo);
  Options fallback = defaults();
  auto value = [&](const char* key) {
    std::string v = get(*given, key);
    return v.empty() ? get(fallback, key) : v;
  };
  std::string user = value("user"), host = value("host"), port = value("port"), dbname = value("dbname");
  if (host.empty()) host = value("hostaddr");
  if (dbname.empty()) dbname = user;  // libpq's own fallback
  std::string out = "postgresql://";
  if (!user.empty()) out += user + "@";
  bool socket_dir = !host.empty() && host[0] == '/';
  if (!socket_dir) out += host;
  if (!port.empty()) out += ":" + port;
  out += "/" + dbname;
  if (socket_dir) out += "?host=" + host;
  return out;
}

std::string server_of(const std::string& conninfo) {
  std::string error;
  auto given = parse(conninfo, error);
  if (!given) return "";
  Options fallback = defaults();
  auto value = [&](const char* key) {
    std::string v = get(*given, key);
    return v.empty() ? get(fallback, key) : v;
  };
  // libpq connects to hostaddr when there is one (host then only names the server for authentication).
  std::string host = value("hostaddr");
  if (host.empty()) host = value("host");
  return host + ":" + value("port");
}

std::vector<std::string> passwords_for(const std::string& conninfo) {
  std::vector<std::string> out;
  std::string error;
  if (auto given = parse(conninfo, error)) out.push_back(get(*given, "password"));
  out.push_back(get(defaults(), "password"));
  return out;
}

std::string scrub(std::string text, const std::vector<std::string>& secrets) {
  for (const auto& secret : secrets) {
    if (secret.empty()) continue;
    for (std::size_t pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos + 8))
      text.replace(pos, secret.size(), "********");
  }
  return text;
}

}  // namespace schemaplan::introspect
