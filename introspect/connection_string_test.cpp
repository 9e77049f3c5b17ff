#include "introspect/connection_string.h"

#include <doctest/doctest.h>

#include "introspect/database.h"
#include "model/diagnostic.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using namespace schemaplan::introspect;

TEST_CASE("looks_like_connection tells databases from files") {
  CHECK(looks_like_connection("postgresql://u@h/db"));
  CHECK(looks_like_connection("postgres://h"));
  CHECK(looks_like_connection("host=localhost dbname=app"));
  CHECK(looks_like_connection("  dbname = app"));
  CHECK(looks_like_connection("service=prod"));
  CHECK_FALSE(looks_like_connection("schema.sql"));
  CHECK_FALSE(looks_like_connection("schemas/"));
  CHECK_FALSE(looks_like_connection("schemas/a=b.sql"));
  CHECK_FALSE(looks_like_connection("=x"));
  CHECK_FALSE(looks_like_connection(""));
}

TEST_CASE("redact removes passwords from URLs") {
  CHECK(redact("postgresql://alice:s3cret@db.example.com:5432/app") == "postgresql://alice@db.example.com:5432/app");
  CHECK(redact("postgres://alice:s3cret@h/app?sslmode=require&password=other&connect_timeout=3") ==
        "postgres://alice@h/app?sslmode=require&connect_timeout=3");
  CHECK(redact("postgresql://h/app?password=other") == "postgresql://h/app");
  // An unencoded '@', '/' or '?' in the password must not leave a piece of it behind.
  CHECK(redact("postgresql://alice:p@ss/w?rd@h/app") == "postgresql://alice@h/app");
  CHECK(redact("postgresql://alice:p%40ss@h/app") == "postgresql://alice@h/app");
  // Nothing to remove.
  CHECK(redact("postgresql://alice@h:5432/app") == "postgresql://alice@h:5432/app");
  CHECK(redact("postgresql://h:5432/app") == "postgresql://h:5432/app");
  CHECK(redact("postgresql://") == "postgresql://");
}

TEST_CASE("redact removes passwords from key=value strings") {
  CHECK(redact("host=h password=s3cret dbname=app") == "host=h dbname=app");
  CHECK(redact("password=s3cret host=h") == "host=h");
  CHECK(redact("host=h password = 's3 cr\\'et' user=u") == "host=h user=u");
  CHECK(redact("host=h password=s3\\ cret") == "host=h");
  CHECK(redact("host=h user=u") == "host=h user=u");
  // Even a string libpq rejects is shown without its password.
  CHECK(redact("bogus password='unterminated") == "bogus");
  CHECK(redact("host=h password=") == "host=h");
}

TEST_CASE("conninfo_with_dbname keeps every option and swaps the database") {
  std::string c = conninfo_with_dbname("host=/tmp/s port=5 user=u dbname=a password='p w'", "b's");
  CHECK(c.find("dbname='b\\'s'") != std::string::npos);
  CHECK(c.find("host='/tmp/s'") != std::string::npos);
  CHECK(c.find("port='5'") != std::string::npos);
  CHECK(c.find("password='p w'") != std::string::npos);
  CHECK(c.find("dbname='a'") == std::string::npos);
  std::string from_url = conninfo_with_dbname("postgresql://u:pw@h:6/a?sslmode=disable", "b");
  CHECK(from_url.find("host='h'") != std::string::npos);
  CHECK(from_url.find("port='6'") != std::string::npos);
  CHECK(from_url.find("user='u'") != std::string::npos);
  CHECK(from_url.find("password='pw'") != std::string::npos);
  CHECK(from_url.find("sslmode='disable'") != std::string::npos);
  CHECK(from_url.find("dbname='b'") != std::string::npos);
  try {
    conninfo_with_dbname("host=h bogus=1 password=hunter2", "b");
    FAIL("expected an error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "connection-error");
    CHECK(std::string(e.what()).find("bogus") != std::string::npos);
    CHECK(std::string(e.what()).find("hunter2") == std::string::npos);
  }
}

TEST_CASE("describe_target prints where a conninfo leads, without a password") {
  CHECK(describe_target("host=db port=5433 user=u dbname=app password=x") == "postgresql://u@db:5433/app");
  CHECK(describe_target("postgresql://u:x@db:5433/app") == "postgresql://u@db:5433/app");
  CHECK(describe_target("host=/tmp/s port=5 user=u dbname=d") == "postgresql://u@:5/d?host=/tmp/s");
  CHECK(describe_target("host=db port=5 user=u") == "postgresql://u@db:5/u");
}

TEST_CASE("server_of names the server a conninfo leads to, whatever the database, and sessions_for_both shares it") {
  CHECK(server_of("host=db port=5433 user=u dbname=app password=x") == "db:5433");
  CHECK(server_of("postgresql://u:x@db:5433/other") == "db:5433");
  CHECK(server_of("host=/tmp/s port=5 dbname=d") == "/tmp/s:5");
  CHECK(server_of("hostaddr=10.0.0.1 port=5 dbname=d") == "10.0.0.1:5");
  CHECK(server_of("host='unterminated") == "");
  // Two databases of one server read one session each; of two servers, by size as when read alone.
  CHECK(sessions_for_both("host=db port=5433 dbname=a", "postgresql://db:5433/b") == CatalogSessions::one);
  CHECK(sessions_for_both("host=db port=5433 dbname=a", "host=db port=5434 dbname=a") == CatalogSessions::by_size);
  CHECK(sessions_for_both("host=db1 port=5433 dbname=a", "host=db2 port=5433 dbname=a") == CatalogSessions::by_size);
  CHECK(sessions_for_both("host='unterminated", "host='unterminated") == CatalogSessions::by_size);
}

TEST_CASE("scrub replaces secrets") {
  CHECK(scrub("a hunter2 b hunter2", {"hunter2", ""}) == "a ******** b ********");
  CHECK(scrub("nothing here", {"hunter2"}) == "nothing here");
  CHECK(scrub("x*y", {"*"}) == "x********y");
}

namespace {

std::string connection_error(const std::string& conninfo) {
  try {
    Database db(conninfo);
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "connection-error");
    return e.what();
  }
  FAIL("expected a connection error for " << redact(conninfo));
  return {};
}

}  // namespace

TEST_CASE("a failed connection names the target but never the password") {
  std::string server = testing::test_server();
  std::string message =
      connection_error(conninfo_with_dbname(server, "schemaplan_no_such_db") + " password=hunter2secret");
  CHECK(message.rfind("could not connect to postgresql://", 0) == 0);
  CHECK(message.find("schemaplan_no_such_db") != std::string::npos);
  CHECK(message.find("does not exist") != std::string::npos);
  CHECK(message.find("hunter2") == std::string::npos);

  message = connection_error("postgresql://bob:hunter2secret@127.0.0.1:1/app?connect_timeout=5");
  CHECK(message.rfind("could not connect to postgresql://bob@127.0.0.1:1/app: ", 0) == 0);
  CHECK(message.find("hunter2") == std::string::npos);
  CHECK(message.find('\n') == std::string::npos);
}
