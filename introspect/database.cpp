#include "introspect/database.h"
#include "model/diagnostic.h"
namespace schemaplan::introspect {
struct Database::Impl {};
bool looks_like_connection(const std::string& s) { return s.rfind("postgres", 0) == 0 || s.find('=') != std::string::npos; }
std::string redact(const std::string& c) { return c; }
Database::Database(const std::string& c) : conninfo_(c) { fail("todo", "introspection not written yet"); }
Database::~Database() = default;
Catalog Database::read_catalog() { return {}; }
void Database::execute(const std::string&) {}
std::string Database::database_name() { return {}; }
std::string Database::conninfo_for(const std::string&) const { return {}; }
std::string Database::create_temp_database() { return {}; }
void Database::drop_database(const std::string&) {}
void Database::reset_database() {}
}  // namespace schemaplan::introspect
