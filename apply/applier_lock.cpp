#include "apply/applier_lock.h"

#include "model/diagnostic.h"
#include "model/sha256.h"
#include "model/sql_writer.h"

namespace schemaplan::apply {
namespace {

std::string database_name(Session& s) { return s.run("SELECT current_database()").at(0).at(0).value_or(""); }

}  // namespace

std::int64_t applier_lock_key(const std::string& dbname) {
  std::string hex = sha256_hex("schemaplan apply:" + dbname).substr(0, 16);
  return static_cast<std::int64_t>(std::stoull(hex, nullptr, 16));
}

std::string applier_lock_holder(Session& session) {
  const std::int64_t key = applier_lock_key(database_name(session));
  // pg_locks shows a bigint advisory key as classid (high 32 bits) and objid (low 32 bits), objsubid 1.
  const std::string k = std::to_string(key);
  Rows r = session.run(
      "SELECT a.pid::text, coalesce(nullif(a.application_name, ''), '(no application_name)'), "
      "coalesce(a.usename::text, '?'), coalesce(host(a.client_addr), 'local socket'), "
      "to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC' "
      "FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
      "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
      "AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) "
      "AND l.classid::bigint = ((" +
      k + ") >> 32) & 4294967295 AND l.objid::bigint = (" + k + ") & 4294967295");
  if (r.empty()) return "";
  const auto& h = r.front();
  return "'" + h[1].value_or("") + "' (pid " + h[0].value_or("") + ", role " + h[2].value_or("") + ", from " +
         h[3].value_or("") + ", connected since " + h[4].value_or("") + ")";
}

void take_applier_lock(Session& session, const std::string& wait) {
  const std::string dbname = database_name(session);
  const std::string key = std::to_string(applier_lock_key(dbname));
  bool got = false;
  if (wait.empty()) {
    got = session.run("SELECT pg_try_advisory_lock(" + key + ")").at(0).at(0) == std::optional<std::string>("t");
  } else {
    try {
      session.run("SET lock_timeout = " + sql::literal(wait));
    } catch (const SqlFailure& e) {
      fail("usage", "--wait expects a duration such as 30s or 2min, got '" + wait + "'");
    }
    try {
      session.run("SELECT pg_advisory_lock(" + key + ")");  // waits, within lock_timeout
      got = true;
    } catch (const SqlFailure& e) {
      if (e.sqlstate() != "55P03") throw;
    }
    session.run("RESET lock_timeout");
  }
  if (got) return;
  std::string holder = applier_lock_holder(session);
  if (holder.empty()) holder = "a session that has just ended";
  fail("apply-locked", "another applier is running on database " + dbname + ": " + holder +
                           (wait.empty() ? "; wait for it with --wait DURATION" : "; still held after --wait " + wait));
}

}  // namespace schemaplan::apply
