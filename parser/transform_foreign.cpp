// Foreign data wrappers, servers, user mappings, publications, event triggers and range types as DDL text
// (model/generic.h). Not modelled yet: each says so.
#include "parser/transformer.h"

namespace schemaplan::parser {

void Transformer::create_fdw(const StmtCtx& ctx, PgQuery__CreateFdwStmt*) { ctx.unsupported("CREATE FOREIGN DATA WRAPPER"); }
void Transformer::create_foreign_server(const StmtCtx& ctx, PgQuery__CreateForeignServerStmt*) { ctx.unsupported("CREATE SERVER"); }
void Transformer::create_user_mapping(const StmtCtx& ctx, PgQuery__CreateUserMappingStmt*) { ctx.unsupported("CREATE USER MAPPING"); }
void Transformer::create_publication(const StmtCtx& ctx, PgQuery__CreatePublicationStmt*) { ctx.unsupported("CREATE PUBLICATION"); }
void Transformer::alter_publication(const StmtCtx& ctx, PgQuery__AlterPublicationStmt*) { ctx.unsupported("ALTER PUBLICATION"); }
void Transformer::create_event_trigger(const StmtCtx& ctx, PgQuery__CreateEventTrigStmt*) { ctx.unsupported("CREATE EVENT TRIGGER"); }
void Transformer::alter_event_trigger(const StmtCtx& ctx, PgQuery__AlterEventTrigStmt*) { ctx.unsupported("ALTER EVENT TRIGGER"); }
void Transformer::create_range(const StmtCtx& ctx, PgQuery__CreateRangeStmt*) { ctx.unsupported("CREATE TYPE ... AS RANGE"); }

}  // namespace schemaplan::parser
