#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

std::string row_of(const std::vector<std::string>& items) {
  std::string out = "(";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + ")";
}

}  // namespace

std::string batched_update(const std::string& schema, const std::string& table, const std::vector<KeyColumn>& key,
                           const std::string& assignments, const std::string& needs, long batch_size) {
  const std::string t = sql::qualified(schema, table);
  if (key.empty()) return "UPDATE " + t + " SET " + assignments + " WHERE " + needs;
  // Keyset pagination over the primary key: each batch is the next `batch_size` keys after the last one done,
  // so the loop ends after one pass even if `needs` stays true for a row (an expression giving NULL).
  std::vector<std::string> cols, lo, hi, b_cols, b_desc;
  std::string decl;
  for (size_t i = 0; i < key.size(); ++i) {
    std::string n = std::to_string(i + 1);
    cols.push_back(sql::ident(key[i].name));
    lo.push_back("sp_lo_" + n);
    hi.push_back("sp_hi_" + n);
    b_cols.push_back("b." + sql::ident(key[i].name));
    b_desc.push_back("b." + sql::ident(key[i].name) + " DESC");
    decl += "  sp_lo_" + n + " " + key[i].type + ";\n  sp_hi_" + n + " " + key[i].type + ";\n";
  }
  auto list = [](const std::vector<std::string>& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
    return out;
  };
  const std::string after_lo = "(sp_lo_1 IS NULL OR " + row_of(cols) + " > " + row_of(lo) + ")";
  std::string assign_lo;
  for (size_t i = 0; i < key.size(); ++i) assign_lo += "    " + lo[i] + " := " + hi[i] + ";\n";
  return "DO $schemaplan$\n"
         "DECLARE\n" + decl +
         "BEGIN\n"
         "  LOOP\n"
         "    SELECT " + list(b_cols) + " INTO " + list(hi) + " FROM (SELECT " + list(cols) + " FROM " + t +
         " WHERE " + after_lo + " ORDER BY " + list(cols) + " LIMIT " + std::to_string(batch_size) + ") AS b ORDER BY " +
         list(b_desc) + " LIMIT 1;\n"
         "    EXIT WHEN NOT FOUND;\n"
         "    UPDATE " + t + " SET " + assignments + " WHERE " + after_lo + " AND " + row_of(cols) + " <= " + row_of(hi) +
         " AND (" + needs + ");\n"
         "    COMMIT;\n" + assign_lo +
         "  END LOOP;\n"
         "END\n"
         "$schemaplan$";
}

Statements create_sync_trigger(const SyncTrigger& s) {
  const std::string t = sql::qualified(s.schema, s.table);
  const std::string a = "NEW." + sql::ident(s.a), b = "NEW." + sql::ident(s.b);
  // Whichever column the writer changed wins; on INSERT the one it filled (old code knows only `a`).
  std::string body =
      "BEGIN\n"
      "  IF TG_OP = 'INSERT' THEN\n"
      "    IF " + a + " IS NULL AND " + b + " IS NOT NULL THEN\n"
      "      " + a + " := " + s.b_to_a + ";\n"
      "    ELSE\n"
      "      " + b + " := " + s.a_to_b + ";\n"
      "    END IF;\n"
      "  ELSIF " + a + " IS DISTINCT FROM OLD." + sql::ident(s.a) + " THEN\n"
      "    " + b + " := " + s.a_to_b + ";\n"
      "  ELSIF " + b + " IS DISTINCT FROM OLD." + sql::ident(s.b) + " AND " + b + " IS DISTINCT FROM " + s.a_to_b + " THEN\n"
      "    " + a + " := " + s.b_to_a + ";\n"
      "  END IF;\n"
      "  RETURN NEW;\n"
      "END";
  return {"CREATE FUNCTION " + sql::qualified(s.schema, s.name) + "() RETURNS trigger LANGUAGE plpgsql AS $schemaplan$\n" +
              body + "\n$schemaplan$",
          "CREATE TRIGGER " + sql::ident(s.name) + " BEFORE INSERT OR UPDATE ON " + t +
              " FOR EACH ROW EXECUTE FUNCTION " + sql::qualified(s.schema, s.name) + "()"};
}

Statements drop_sync_trigger(const SyncTrigger& s) {
  return {"DROP TRIGGER IF EXISTS " + sql::ident(s.name) + " ON " + sql::qualified(s.schema, s.table),
          "DROP FUNCTION IF EXISTS " + sql::qualified(s.schema, s.name) + "()"};
}

std::string lock_tables_retrying(const std::vector<std::string>& qualified_tables, int attempts) {
  std::string list, reversed;
  for (size_t i = 0; i < qualified_tables.size(); ++i) {
    list += (i ? ", " : "") + qualified_tables[i];
    reversed += (i ? ", " : "") + qualified_tables[qualified_tables.size() - 1 - i];
  }
  const std::string lock = qualified_tables.size() < 2
                               ? "      LOCK TABLE " + list + " IN ACCESS EXCLUSIVE MODE;\n"
                               : "      IF sp_attempt % 2 = 0 THEN\n"
                                 "        LOCK TABLE " + list + " IN ACCESS EXCLUSIVE MODE;\n"
                                 "      ELSE\n"
                                 "        LOCK TABLE " + reversed + " IN ACCESS EXCLUSIVE MODE;\n"
                                 "      END IF;\n";
  return "DO $schemaplan$\n"
         "DECLARE\n"
         "  sp_lock_timeout text := pg_catalog.current_setting('lock_timeout');\n"
         "  sp_limited boolean := pg_catalog.current_setting('lock_timeout')::interval > interval '0';\n"
         "  sp_try interval := pg_catalog.current_setting('deadlock_timeout')::interval / 2;\n"
         "  sp_attempt integer := 0;\n"
         "BEGIN\n"
         "  IF sp_limited THEN\n"
         "    sp_try := LEAST(sp_try, sp_lock_timeout::interval);\n"
         "  END IF;\n"
         "  PERFORM pg_catalog.set_config('lock_timeout',\n"
         "    GREATEST(1, pg_catalog.ceil(EXTRACT(epoch FROM sp_try) * 1000))::bigint::text || 'ms', true);\n"
         "  LOOP\n"
         "    BEGIN\n"
         + lock +
         "      EXIT;\n"
         "    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN\n"
         "      sp_attempt := sp_attempt + 1;\n"
         "      IF sp_limited AND sp_attempt >= " + std::to_string(attempts) + " THEN\n"
         "        RAISE;\n"
         "      END IF;\n"
         "      PERFORM pg_catalog.pg_sleep(LEAST(1.0, 0.05 * sp_attempt) * (0.5 + pg_catalog.random()));\n"
         "    END;\n"
         "  END LOOP;\n"
         "  PERFORM pg_catalog.set_config('lock_timeout', sp_lock_timeout, true);\n"
         "END\n"
         "$schemaplan$";
}

}  // namespace schemaplan::ddl
