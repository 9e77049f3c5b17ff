// Operators, operator classes and families, casts, conversions, access methods and procedural languages as DDL
// text (model/generic.h). Not modelled yet: each says so.
#include "parser/transformer.h"

namespace schemaplan::parser {

void Transformer::create_operator(const StmtCtx& ctx, PgQuery__DefineStmt*) { ctx.unsupported("CREATE OPERATOR"); }
void Transformer::create_opclass(const StmtCtx& ctx, PgQuery__CreateOpClassStmt*) { ctx.unsupported("CREATE OPERATOR CLASS"); }
void Transformer::create_opfamily(const StmtCtx& ctx, PgQuery__CreateOpFamilyStmt*) { ctx.unsupported("CREATE OPERATOR FAMILY"); }
void Transformer::alter_opfamily(const StmtCtx& ctx, PgQuery__AlterOpFamilyStmt*) { ctx.unsupported("ALTER OPERATOR FAMILY"); }
void Transformer::create_cast(const StmtCtx& ctx, PgQuery__CreateCastStmt*) { ctx.unsupported("CREATE CAST"); }
void Transformer::create_conversion(const StmtCtx& ctx, PgQuery__CreateConversionStmt*) { ctx.unsupported("CREATE CONVERSION"); }
void Transformer::create_access_method(const StmtCtx& ctx, PgQuery__CreateAmStmt*) { ctx.unsupported("CREATE ACCESS METHOD"); }
void Transformer::create_language(const StmtCtx& ctx, PgQuery__CreatePLangStmt*) { ctx.unsupported("CREATE LANGUAGE"); }

}  // namespace schemaplan::parser
