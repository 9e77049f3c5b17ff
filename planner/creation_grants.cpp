#include "planner/creation_grants.h"

#include <map>

namespace schemaplan {

void start_from_creation_grants(const Catalog& from, std::vector<Change>& changes) {
  if (from.default_privileges.empty()) return;
  std::map<ObjectId, size_t> grant_changes;
  for (size_t i = 0; i < changes.size(); ++i)
    if (changes[i].id.kind == ObjectKind::Grant) grant_changes.emplace(changes[i].id, i);
  std::vector<bool> gone(changes.size(), false);
  std::vector<Change> added;
  for (const auto& c : changes) {
    if (c.kind != ChangeKind::Create) continue;
    for (auto& g : grants_on_create(from.default_privileges, c.id)) {
      auto it = grant_changes.find(g.id());
      if (it == grant_changes.end()) {
        Grant none{g.object, g.grantee, {}, {}, {}, {}};
        added.push_back(Change{ChangeKind::Alter, g.id(), g, std::move(none), {"privileges"}, ""});
        continue;
      }
      Change& gc = changes[it->second];
      if (gc.kind != ChangeKind::Create) continue;
      const auto& want = std::get<Grant>(gc.after);
      if (want.privileges == g.privileges && want.grantable == g.grantable && want.revoked == g.revoked) {
        gone[it->second] = true;
        continue;
      }
      std::vector<std::string> fields;
      if (want.grantable != g.grantable) fields.push_back("grantable");
      if (want.privileges != g.privileges) fields.push_back("privileges");
      if (want.revoked != g.revoked) fields.push_back("revoked");
      gc.kind = ChangeKind::Alter;
      gc.before = g;
      gc.fields = fields;
    }
  }
  std::vector<Change> kept;
  for (size_t i = 0; i < changes.size(); ++i)
    if (!gone[i]) kept.push_back(std::move(changes[i]));
  for (auto& c : added) kept.push_back(std::move(c));
  changes = std::move(kept);
}

}  // namespace schemaplan
