#pragma once
/// One applier per database at a time: a session advisory lock, held for the whole run and released by the
/// server when the session ends, however it ends (kill -9 included), so a crashed applier never leaves a
/// stale lock behind the way a lock row in a table would.
#include <cstdint>
#include <string>

#include "apply/session.h"

namespace schemaplan::apply {

/// The lock's key for database `dbname`: the first 8 bytes of SHA-256("schemaplan apply:" + dbname), so every
/// schemaplan computes the same key without asking the server (whose hash functions may change between major
/// versions), and other tools' advisory keys are unlikely to collide with it.
std::int64_t applier_lock_key(const std::string& dbname);

/// Takes the lock. `wait` empty: gives up at once when it is held; else a PostgreSQL duration (`30s`, `2min`)
/// to wait for it. When it cannot be had, throws DiagnosticError ("apply-locked", exit 2) naming the holder:
/// its application_name, pid, role, client address and since when it is connected (pg_stat_activity).
void take_applier_lock(Session& session, const std::string& wait);

/// The first 12 hex digits of a plan id, as messages show it.
inline std::string short_id(const std::string& plan_id) { return plan_id.substr(0, 12); }
/// The applier's session name: what a second applier and `status` see of it in pg_stat_activity.
inline std::string application_name(const std::string& plan_id) { return "schemaplan apply " + short_id(plan_id); }

/// Who holds the lock, one line; "" when nobody does.
std::string applier_lock_holder(Session& session);

}  // namespace schemaplan::apply
