#pragma once
/// Connection strings in both libpq forms (postgresql:// URLs and key=value conninfo), read with libpq's
/// own parser so that every option, PG* environment variable and ~/.pgpass keeps working as in psql.
/// looks_like_connection() and redact() are declared in database.h.
#include <string>
#include <vector>

namespace schemaplan::introspect {

/// `conninfo` (either form) as a key=value conninfo whose dbname is `dbname`; every other option the user
/// gave is kept (a password too: it is needed to connect). Throws DiagnosticError "connection-error" when
/// libpq cannot parse `conninfo`.
std::string conninfo_with_dbname(const std::string& conninfo, const std::string& dbname);

/// Where `conninfo` leads once libpq's defaults and PG* environment variables are applied, as a URL for
/// messages: `postgresql://user@host:5432/db` (a socket directory goes to `?host=`). Never holds a password.
std::string describe_target(const std::string& conninfo);

/// The server `conninfo` leads to, as libpq resolves it (defaults and PG* environment variables applied): its
/// host address, else host (or socket directory), and port, e.g. `127.0.0.1:5432`; "" when libpq cannot parse
/// `conninfo`. Two connections with the same one reach the same server; two different ones may still (a name and
/// its address), which only costs a caller the sharing it would have done.
std::string server_of(const std::string& conninfo);

/// Every password that a connection with `conninfo` may send: the one given in it and PGPASSWORD.
std::vector<std::string> passwords_for(const std::string& conninfo);

/// `text` with each non-empty secret replaced by `********`, for messages that might echo one.
std::string scrub(std::string text, const std::vector<std::string>& secrets);

}  // namespace schemaplan::introspect
