// Text search parsers, templates, dictionaries and configurations, extended statistics and rules as DDL text
// (model/generic.h). Not modelled yet: each says so.
#include "parser/transformer.h"

namespace schemaplan::parser {

void Transformer::create_text_search(const StmtCtx& ctx, PgQuery__DefineStmt*) { ctx.unsupported("CREATE TEXT SEARCH"); }
void Transformer::alter_ts_configuration(const StmtCtx& ctx, PgQuery__AlterTSConfigurationStmt*) {
  ctx.unsupported("ALTER TEXT SEARCH CONFIGURATION");
}
void Transformer::alter_ts_dictionary(const StmtCtx& ctx, PgQuery__AlterTSDictionaryStmt*) {
  ctx.unsupported("ALTER TEXT SEARCH DICTIONARY");
}

}  // namespace schemaplan::parser
