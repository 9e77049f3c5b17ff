#pragma once
/// SQL fragments shared by the catalog queries: which schemas and objects belong to the user, how names
/// are quoted, and the dependency lists read from pg_depend. Internal to introspect/.
#include <string>

namespace schemaplan::introspect::sql_fragments {

/// `'pg_catalog.<catalog>'::pg_catalog.regclass`
std::string regclass(const char* catalog);
/// Schema alias `n` is a user schema: not pg_catalog, information_schema, pg_toast, pg_temp_N, pg_toast_temp_N.
std::string user_schema(const std::string& n);
/// The object `oid` of `catalog` was not created by CREATE EXTENSION (the extension stands for it).
std::string not_extension_member(const char* catalog, const std::string& oid);
/// The object `oid` of `catalog` is not internal to another one (it comes and goes with its owner).
std::string not_internal(const char* catalog, const std::string& oid);
/// `oid >= 16384`: the object was created after initdb (FirstNormalObjectId), so it may be the user's. Every
/// object in a user schema passes, none of pg_catalog's or information_schema's does: a test the first scan of
/// a catalog can use as an index range, where the schema test needs a join (see catalog_sql.cpp).
std::string created_after_initdb(const std::string& oid);
/// `EXISTS` a row of `catalog` created after initdb (and passing `cond`, a condition on its alias `x`): false
/// only when no query over that catalog's user objects can return a row, so the census (catalog_reader.h) can
/// skip the query without planning it. For pg_class and pg_type, `cond` may test only `x.relkind` or
/// `x.typtype`: those tests look at the kinds present (census_kinds()), not at the catalog.
std::string has_user_rows(const char* catalog, const std::string& cond = "");
/// The common table expressions has_user_rows() reads for pg_class and pg_type, for the census's WITH: the
/// relkinds and typtypes of their rows created after initdb, each catalog scanned once.
std::string census_kinds();
/// Relation alias `c` in schema alias `n` is what the model calls a table.
std::string modelled_table(const std::string& c, const std::string& n);
/// `quote_ident(schema) || '.' || quote_ident(name)` over two SQL expressions.
std::string qualified(const std::string& schema_expr, const std::string& name_expr);
/// Column names of relation `rel` for the (attnum, ord) rows of subquery `attnums`, once each, by ord.
std::string column_names(const std::string& rel, const std::string& attnums);
/// The numbers (an int2[], ascending) of relation `rel`'s columns that pg_depend records as used by the object
/// `depender` selects (a condition on pg_depend row `cd`).
std::string used_column_numbers(const std::string& rel, const std::string& depender);
/// The dependency quadruples of the objects selected by `cond` (a condition on pg_depend alias `d`), through
/// dependencies of the types `deptypes` (an SQL list of letters; normal ones by default).
std::string deps(const std::string& cond, const std::string& deptypes = "'n'");
/// The ctids (a tid[]) of the pg_depend rows deps(cond, deptypes) would read: each kind of queries::generics()
/// yields these, and deps_of_rows() turns them into the quadruples once for all kinds (a deps() subquery costs
/// more to plan than to run, and twenty kinds each planning one was most of an empty database's introspection).
std::string dependency_row_ids(const std::string& cond, const std::string& deptypes = "'n'");
/// deps() of the pg_depend rows whose ctids the tid[] expression `row_ids` lists.
std::string deps_of_rows(const std::string& row_ids);
/// A derived table (refclassid, refobjid, k, s, n, sig): each object `refs` (a query yielding distinct
/// refclassid, refobjid pairs) names, as deps() lists it; no row for one deps() leaves out (PostgreSQL's own, or of
/// a kind the lists do not name).
std::string referenced_objects(const std::string& refs);
/// A subquery yielding (k, s, n, sig) for the object (`classid`, `objid`) when it is of a kind kept as DDL
/// text that other objects refer to (collations, operators, ...; see catalog_sql.cpp), else no row.
std::string generic_ref(const std::string& classid, const std::string& objid);
/// `left, right` operand types of operator alias `o` (`NONE` for a prefix operator's left), as ObjectId
/// signatures hold them.
std::string operator_signature(const std::string& o);
/// `pg_get_expr(node, 0)`: the text of a stored expression that cannot refer to a column (a column's or a
/// domain's DEFAULT, a partition bound), deparsed without naming its relation. Given the relation instead,
/// pg_get_expr() opens it (PostgreSQL 15.x and later minors), which builds its relcache entry and takes an
/// AccessShareLock held to the end of the snapshot's transaction: on 10,000 tables two thirds of the columns
/// query's server CPU, and a lock on every table of a production database during a mere `diff`
/// (docs/performance.md, seventh round). Same text: with no column, the relation is never named.
std::string expression_without_columns(const std::string& node);
/// `obj_description(oid, 'catalog')`
std::string comment_of(const std::string& oid, const char* catalog);

}  // namespace schemaplan::introspect::sql_fragments
