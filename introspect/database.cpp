// The only file that talks to libpqxx: connecting, running statements, and mapping its exceptions to
// diagnostics. Everything that decides *what* to run lives in pqxx-free files (catalog_*, reset_script).
#include "introspect/database.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <condition_variable>
#include <exception>
#include <future>
#include <mutex>
#include <optional>
#include <pqxx/pqxx>
#include <random>
#include <vector>

#include "introspect/catalog_queries.h"
#include "introspect/catalog_reader.h"
#include "introspect/connection_string.h"
#include "introspect/free_memory.h"
#include "introspect/reset_script.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"

namespace schemaplan::introspect {
namespace {

// Server messages end in a newline and libpq's connection messages indent hint lines with a tab; a
// diagnostic is one line of text.
std::string one_line(std::string text) {
  std::string out;
  bool blank = false;
  for (char c : text) {
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

// The server's error as one line: the primary message without libpq's "ERROR:  " prefix, then any DETAIL,
// HINT or CONTEXT as "; detail: ...". The "LINE n:" excerpt and its caret are dropped: they point into a
// multi-statement string the caller never sees as such.
std::string server_message(const std::string& what) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < what.size()) {
    std::size_t nl = what.find('\n', pos);
    lines.push_back(what.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line = lines[i];
    if (line.rfind("LINE ", 0) == 0) {
      ++i;  // the caret line under it
      continue;
    }
    bool first = out.empty();
    std::string label;
    for (const char* prefix : {"ERROR:", "FATAL:", "PANIC:", "DETAIL:", "HINT:", "CONTEXT:"}) {
      if (line.rfind(prefix, 0) == 0) {
        label = prefix;
        line.erase(0, label.size());
      }
    }
    line = one_line(line);
    if (line.empty()) continue;
    if (first) {
      out = line;
    } else {
      if (line.back() == '.') line.pop_back();
      for (auto& c : label) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out += "; " + (label.empty() ? "" : label + " ") + line;
    }
  }
  return out;
}

// Where in `sql` the server's error points, from libpq's "LINE n: <excerpt>" and the caret line under it:
// {line, column} (1-based) into `sql`, or {0, 0} when the message has none. libpq shows at most about 60
// columns of the line, with "..." where it cut: the excerpt is found in line n again to turn the caret's
// place in it into a column of the line.
std::pair<int, int> error_position(const std::string& what, const std::string& sql) {
  size_t at = what.find("\nLINE ");
  if (at == std::string::npos) at = what.rfind("LINE ", 0) == 0 ? 0 : std::string::npos;
  else ++at;
  if (at == std::string::npos) return {0, 0};
  size_t colon = what.find(": ", at);
  size_t eol = what.find('\n', at);
  if (colon == std::string::npos || eol == std::string::npos || colon > eol) return {0, 0};
  int line = std::atoi(what.c_str() + at + 5);
  if (line <= 0) return {0, 0};
  std::string prefix = what.substr(at, colon + 2 - at);  // "LINE n: "
  std::string excerpt = what.substr(colon + 2, eol - colon - 2);
  size_t caret_eol = what.find('\n', eol + 1);
  std::string caret_line = what.substr(eol + 1, caret_eol == std::string::npos ? std::string::npos : caret_eol - eol - 1);
  size_t caret = caret_line.find('^');
  // The line of `sql` the excerpt comes from.
  size_t pos = 0;
  for (int l = 1; l < line && pos != std::string::npos; ++l) {
    pos = sql.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  if (pos == std::string::npos || caret == std::string::npos || caret < prefix.size()) return {line, 0};
  std::string text = sql.substr(pos, sql.find('\n', pos) == std::string::npos ? std::string::npos : sql.find('\n', pos) - pos);
  size_t in_excerpt = caret - prefix.size();
  std::string shown = excerpt;
  size_t cut = 0;
  if (shown.rfind("...", 0) == 0) {
    shown.erase(0, 3);
    cut = 3;
  }
  if (shown.size() >= 3 && shown.compare(shown.size() - 3, 3, "...") == 0) shown.resize(shown.size() - 3);
  // libpq prints tabs as spaces: compare with the line's tabs made spaces too.
  std::string plain = text;
  for (auto& c : plain)
    if (c == '\t' || c == '\r') c = ' ';
  size_t found = shown.empty() ? 0 : plain.find(shown);
  if (found == std::string::npos || in_excerpt < cut) return {line, 0};
  return {line, static_cast<int>(found + in_excerpt - cut) + 1};
}

// Copies a result into a TextTable, sized beforehand so that its buffers are allocated once and exactly
// (growth by doubling left up to half of each unused); the caller drops the pqxx::result right after.
// Walked with iterators read through `->` only: libpqxx 6.4's `*` on a row or field iterator returns a copy,
// which holds the result's two shared pointers, and the atomic counts of those copies, four per field and pass,
// were most of this function's time (a fifth of db -> db's client CPU at 10,000 tables; docs/performance.md,
// seventh round). Here each row's two iterators are the only copies.
TextTable to_text_table(const pqxx::result& result) {
  std::vector<std::string> columns;
  for (pqxx::row::size_type c = 0; c < result.columns(); ++c) columns.emplace_back(result.column_name(c));
  TextTable table(std::move(columns));
  const auto rows_end = result.end();
  std::size_t bytes = 0;
  for (auto row = result.begin(); row != rows_end; ++row)
    for (auto field = row->begin(), fields_end = row->end(); field != fields_end; ++field) bytes += field->size();
  table.reserve(result.size(), bytes);
  for (auto row = result.begin(); row != rows_end; ++row) {
    for (auto field = row->begin(), fields_end = row->end(); field != fields_end; ++field)
      table.add_field(field->is_null() ? std::nullopt
                                       : std::optional<std::string_view>(std::in_place, field->c_str(), field->size()));
    table.end_row();
  }
  return table;
}

// Rows fetched at a time from a catalog query's cursor (fetch_text_table()).
constexpr int kFetchRows = 10000;

// Runs one catalog query through a cursor, kFetchRows rows at a time, into one TextTable. A whole result as
// libpq holds it (16 bytes of pointer and length per field plus each value's own aligned copy) is ~4x the
// TextTable it becomes, and the two lived together while one was copied into the other: at 10,000 tables the
// PGresults of the big queries, several sessions and both sides at once, were the largest part of db -> db's
// peak (docs/performance.md, "Memory, fourth round"). Batches keep one small PGresult alive at a time; each
// becomes an exact TextTable, whose buffers the result's table takes over as a chunk (no copy).
// cursor_tuple_fraction = 1 (set per session) plans the cursor's query for all of its rows, as a plain
// query is planned; a cursor never runs a parallel plan, which the catalog queries do not gain from (measured).
TextTable fetch_text_table(pqxx::transaction_base& tx, const std::string& sql) {
  tx.exec("DECLARE schemaplan_catalog NO SCROLL CURSOR FOR " + sql);
  const std::string fetch = "FETCH FORWARD " + std::to_string(kFetchRows) + " FROM schemaplan_catalog";
  std::optional<TextTable> table;
  for (;;) {
    pqxx::result batch = tx.exec(fetch);
    TextTable piece = to_text_table(batch);
    const bool last = batch.size() < static_cast<pqxx::result::size_type>(kFetchRows);
    batch.clear();
    if (table)
      table->append(std::move(piece));
    else
      table = std::move(piece);
    if (last) break;
  }
  tx.exec("CLOSE schemaplan_catalog");
  return std::move(*table);
}

// Oldest server whose catalogs the queries know: pg_type.typsubscript arrived in PostgreSQL 14.
constexpr int kMinServerVersion = 140000;

}  // namespace

struct Database::Impl {
  explicit Impl(const std::string& conninfo) : conn(conninfo), quiet(conn) {}

  pqxx::connection conn;
  // Swallows NOTICEs ("drop cascades to ...") that libpq would print on stderr: only cli/ prints.
  pqxx::quiet_errorhandler quiet;
  std::atomic<int> queries = 0;  // atomic: read_catalog() runs queries on several threads
  unsigned temp_databases = 0;
  std::mt19937 random{std::random_device{}()};

  template <class Transaction>
  QueryFn query_fn(Transaction& tx) {
    return [this, &tx](const std::string& sql) {
      ++queries;
      return to_text_table(tx.exec(sql));
    };
  }
};

Database::Database(const std::string& conninfo) : conninfo_(conninfo) {
  try {
    impl_ = std::make_unique<Impl>(conninfo);
  } catch (const pqxx::broken_connection& e) {
    // libpq does not echo passwords, but the message is scrubbed anyway: it is printed and may be logged.
    fail("connection-error", scrub("could not connect to " + describe_target(conninfo) + ": " + one_line(e.what()),
                                   passwords_for(conninfo)));
  }
}

Database::~Database() = default;

namespace {

// Runs `body`, turning libpqxx's exceptions into diagnostics. `context` prefixes server errors.
template <class F>
auto guarded(const std::string& conninfo, const std::string& context, F&& body) {
  try {
    return body();
  } catch (const pqxx::broken_connection& e) {
    fail("connection-error", scrub("lost the connection to " + describe_target(conninfo) + ": " + one_line(e.what()),
                                   passwords_for(conninfo)));
  } catch (const pqxx::sql_error& e) {
    fail("sql-error", context + server_message(e.what()));
  }
}

}  // namespace

namespace {

// Connections that read one catalog: the catalog queries are independent, and most of a read is the server
// running the three big ones (docs/performance.md), so three sessions in one snapshot finish in about the time
// of the longest query instead of the sum. More would only queue on the server's cores.
constexpr int kCatalogConnections = 3;

// From how many relations created after initdb (tables, their indexes and TOAST tables, sequences, views) a
// catalog is read on three sessions (CatalogSessions::by_size). Below it the queries' server time is mostly
// planning them in a backend whose catalog caches are still cold (EXPLAIN SUMMARY: 70-90% on a database of a few
// tables), which every extra session pays again, with its connection, on the same few cores: on a database of a
// few tables one session took a third less server CPU in about the same wall time, while at 100 tables (~600
// relations) three sessions were a fifth faster (docs/performance.md, fourth round). 300 is about 50 tables.
constexpr int kParallelFromRelations = 300;

// A session that reads the catalog: its own connection (libpqxx connections are never shared between
// threads) and a read-only REPEATABLE READ transaction with the search path the queries need.
struct CatalogSession {
  std::unique_ptr<pqxx::connection> owned;  // null for the Database's own connection
  std::unique_ptr<pqxx::quiet_errorhandler> quiet;
  std::unique_ptr<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>> tx;
};

}  // namespace

Catalog Database::read_catalog(CatalogSessions wanted) {
  int version = impl_->conn.server_version();
  if (version < kMinServerVersion)
    fail("unsupported-server", "postgresql " + std::to_string(version / 10000) +
                                   " is too old: reading a schema needs postgresql 14 or later");
  return guarded(conninfo_, "could not read the catalog: ", [&] {
    // One snapshot for every query, so a concurrent migration cannot tear the result (a column without its
    // table). Read-only, so introspection can never change the database it looks at.
    using ReadTransaction = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;
    std::vector<CatalogSession> sessions(1);
    sessions[0].tx = std::make_unique<ReadTransaction>(impl_->conn, "read_catalog");
    // The census first (catalog_reader.h), with the search path every catalog query runs with: the relations
    // it counts decide the sessions, its presence tests which queries are sent at all. It counts no further
    // than kParallelFromRelations, so it costs the same on 10,000 tables as on 10.
    // What every catalog session runs before its queries: their search path, and cursor_tuple_fraction for
    // fetch_text_table().
    auto prepare = [&](ReadTransaction& tx) {
      impl_->queries += 2;
      tx.exec(queries::set_search_path());
      tx.exec("SET LOCAL cursor_tuple_fraction = 1");
    };
    auto take_census = [&] {
      prepare(*sessions[0].tx);
      ++impl_->queries;
      return Census(to_text_table(sessions[0].tx->exec(Census::sql(kParallelFromRelations))));
    };
    Census census = take_census();
    bool parallel = wanted == CatalogSessions::three ||
                    (wanted == CatalogSessions::by_size && census.relations() >= kParallelFromRelations);
    std::string snapshot;
    if (parallel) {
      try {
        ++impl_->queries;
        snapshot = sessions[0].tx->exec("SELECT pg_catalog.pg_export_snapshot()")[0][0].c_str();
      } catch (const pqxx::sql_error&) {
        // A server that cannot export snapshots: one session reads everything, in a fresh transaction (the
        // error ended the first), whose snapshot the census must be taken in too.
        sessions[0].tx.reset();
        sessions[0].tx = std::make_unique<ReadTransaction>(impl_->conn, "read_catalog");
        census = take_census();
      }
    }
    // The other sessions import that snapshot (what pg_dump --jobs does), so every query sees the same
    // database whichever session runs it. A session that cannot be opened or cannot import it (too many
    // connections, a pooler in between) is simply not used: fewer sessions give the same catalog, slower.
    for (int i = 1; i < kCatalogConnections && !snapshot.empty(); ++i) {
      try {
        CatalogSession s;
        s.owned = std::make_unique<pqxx::connection>(conninfo_);
        s.quiet = std::make_unique<pqxx::quiet_errorhandler>(*s.owned);
        s.tx = std::make_unique<ReadTransaction>(*s.owned, "read_catalog");
        ++impl_->queries;
        s.tx->exec("SET TRANSACTION SNAPSHOT " + sql::literal(snapshot));
        sessions.push_back(std::move(s));
      } catch (const std::exception&) {
        break;
      }
    }
    for (std::size_t i = 1; i < sessions.size(); ++i) prepare(*sessions[i].tx);

    // Each session takes the next query in sending order until none is left; each result goes to the slot of
    // its query, and the readers take the slots in their own order, each result dropped once read: the
    // catalog depends neither on which session ran what nor on timing.
    const std::vector<std::string> sqls = catalog_queries(version, census);
    // Several sessions take the heaviest queries first, so that they finish together. One session sends them
    // in reading order instead: the reader builds the model from each result while the server runs the next
    // one, and each result is read and dropped before the later ones arrive, so the model reuses their memory
    // (in weight order the reader waited for the tables query, sent fifth, while the four largest results
    // piled up; docs/performance.md, seventh round).
    std::vector<std::size_t> order = catalog_query_send_order();
    if (sessions.size() == 1) std::sort(order.begin(), order.end());
    std::erase_if(order, [&](std::size_t i) { return sqls[i].empty(); });
    struct Slot {
      std::optional<TextTable> rows;
      std::exception_ptr error;
      bool done = false;
    };
    std::vector<Slot> slots(sqls.size());
    // A query the census found no object for is not sent: its reader gets an empty result.
    for (std::size_t i = 0; i < sqls.size(); ++i)
      if (sqls[i].empty()) {
        slots[i].rows.emplace();
        slots[i].done = true;
      }
    std::mutex m;
    std::condition_variable cv;
    std::size_t next = 0;
    bool failed = false;
    auto work = [&](CatalogSession& s) {
      for (;;) {
        std::size_t i;
        {
          std::lock_guard lock(m);
          if (failed || next == order.size()) return;
          i = order[next++];
        }
        Slot out;
        try {
          ++impl_->queries;
          out.rows = fetch_text_table(*s.tx, sqls[i]);
        } catch (...) {
          out.error = std::current_exception();
        }
        {
          std::lock_guard lock(m);
          failed = failed || out.error;
          slots[i] = std::move(out);
          slots[i].done = true;
        }
        cv.notify_all();
      }
    };
    Catalog catalog;
    {
      // The futures' destructors wait for their threads, also when a reader throws.
      std::vector<std::future<void>> workers;
      for (auto& s : sessions) workers.push_back(std::async(std::launch::async, work, std::ref(s)));
      struct QueryFailed {};
      try {
        catalog = catalog_from_results([&](std::size_t i) {
          std::unique_lock lock(m);
          cv.wait(lock, [&] { return slots[i].done || failed; });
          if (failed) throw QueryFailed{};
          TextTable rows = std::move(*slots[i].rows);
          slots[i].rows.reset();
          return rows;
        });
      } catch (...) {
        {
          std::lock_guard lock(m);
          failed = true;  // the others stop after their current query
        }
        for (auto& w : workers) w.wait();
        // The error of the first query in reading order that failed: what a run on one session would report.
        for (const auto& slot : slots)
          if (slot.error) std::rethrow_exception(slot.error);
        throw;
      }
    }
    for (auto& s : sessions) s.tx->commit();
    // The results were received on the sessions' threads, so glibc kept their freed buffers in those threads'
    // malloc arenas, where the rest of the run (planning, on the main thread) cannot reuse them: hand the
    // free pages back to the system (docs/performance.md). The other side may be doing the same at this moment.
    return_free_memory();
    return catalog;
  });
}

CatalogSessions sessions_for_both(const std::string& from_conninfo, const std::string& to_conninfo) {
  const std::string from = server_of(from_conninfo);
  return !from.empty() && from == server_of(to_conninfo) ? CatalogSessions::one : CatalogSessions::by_size;
}

void Database::execute(const std::string& sql) {
  guarded(conninfo_, "", [&] {
    // A nontransaction sends the text as one simple query: several statements are fine, and statements
    // that refuse to run in a transaction block (CREATE DATABASE, VACUUM) work when sent alone.
    pqxx::nontransaction tx{impl_->conn};
    ++impl_->queries;
    try {
      tx.exec(sql);
    } catch (const pqxx::sql_error& e) {
      // The span's line and column point into `sql` (its file is the caller's to name).
      auto [line, column] = error_position(e.what(), sql);
      fail("sql-error", server_message(e.what()), SourceSpan{"", line, column});
    }
    tx.commit();
  });
}

std::string Database::database_name() {
  return guarded(conninfo_, "", [&] {
    pqxx::nontransaction tx{impl_->conn};
    TextTable t = impl_->query_fn(tx)("SELECT pg_catalog.current_database() AS name");
    return TextRow(t, 0).text("name");
  });
}

std::string Database::conninfo_for(const std::string& dbname) const { return conninfo_with_dbname(conninfo_, dbname); }

std::string Database::create_temp_database() {
  // The pid keeps parallel processes (ctest -j) apart, the counter keeps one process's databases apart,
  // and the random part covers pid reuse after a crash left a database behind.
  char random[9];
  std::snprintf(random, sizeof random, "%08x", static_cast<unsigned>(impl_->random()));
  std::string name = "schemaplan_tmp_" + std::to_string(::getpid()) + "_" + std::to_string(++impl_->temp_databases) +
                     "_" + random;
  execute("CREATE DATABASE " + sql::ident(name));
  return name;
}

void Database::drop_database(const std::string& name) {
  execute("DROP DATABASE IF EXISTS " + sql::ident(name) + " WITH (FORCE)");
}

void Database::reset_database() {
  guarded(conninfo_, "could not reset the database: ", [&] {
    pqxx::work tx{impl_->conn, "reset_database"};
    auto query = impl_->query_fn(tx);
    query(reset_script(query));
    tx.commit();
  });
}

std::string Database::database_identity() {
  return query_value(
      "SELECT pg_catalog.pg_postmaster_start_time()::text || ' ' || pg_catalog.current_setting('port') || ' ' || "
      "pg_catalog.current_database()");
}

std::string Database::query_value(const std::string& sql) {
  return guarded(conninfo_, "", [&] {
    pqxx::read_transaction tx{impl_->conn};
    ++impl_->queries;
    pqxx::result r = tx.exec(sql);
    if (r.empty() || r[0].empty() || r[0][0].is_null()) return std::string();
    return r[0][0].as<std::string>();
  });
}

std::optional<std::string> Database::query_value_within(const std::string& sql, int timeout_ms) {
  return guarded(conninfo_, "", [&]() -> std::optional<std::string> {
    pqxx::read_transaction tx{impl_->conn};
    ++impl_->queries;
    // SET LOCAL: the limit ends with this transaction, whatever the connection runs next.
    tx.exec("SET LOCAL statement_timeout = " + std::to_string(timeout_ms < 1 ? 1 : timeout_ms));
    try {
      pqxx::result r = tx.exec(sql);
      if (r.empty() || r[0].empty() || r[0][0].is_null()) return std::string();
      return r[0][0].as<std::string>();
    } catch (const pqxx::sql_error& e) {
      if (e.sqlstate() == "57014") return std::nullopt;  // query_canceled: the timeout struck
      throw;
    }
  });
}

int Database::queries_run() const { return impl_->queries; }

}  // namespace schemaplan::introspect
