// ALTER DEFAULT PRIVILEGES at work: an object created after such a statement starts with its privileges.
#include <algorithm>

#include "parser/transformer.h"

namespace schemaplan::parser {

void Transformer::grant_defaults_on_create(const StmtCtx& ctx, const ObjectId& object) {
  if (!default_privilege_objtype(object.kind)) return;
  // In the Changes phase, at the CREATE's place in file order: after earlier ALTER DEFAULT PRIVILEGES, before
  // later GRANT and REVOKE on the object.
  defer(Phase::Changes, ctx, [this, ctx, object] {
    for (auto& g : grants_on_create(cat_.default_privileges, object)) {
      // A grant already there (CREATE OR REPLACE of an existing function) keeps what was said of it.
      if (std::any_of(cat_.grants.begin(), cat_.grants.end(),
                      [&](const Grant& x) { return x.object == object && x.grantee == g.grantee; }))
        continue;
      g.meta.span = ctx.span();
      cat_.grants.push_back(std::move(g));
    }
  });
}

}  // namespace schemaplan::parser
