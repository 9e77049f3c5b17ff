#include "planner/untracked.h"

#include <algorithm>
#include <cctype>

#include "model/sql_writer.h"

namespace schemaplan {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

bool watched(ObjectKind k) {
  switch (k) {
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
    case ObjectKind::Column:
    case ObjectKind::Sequence:
    case ObjectKind::Type:
    case ObjectKind::Function: return true;
    default: return false;
  }
}

}  // namespace

bool names_identifier(const std::string& text, const std::string& name) {
  if (name.empty() || text.size() < name.size()) return false;
  for (size_t i = 0; i + name.size() <= text.size(); ++i) {
    if (i > 0 && ident_char(text[i - 1])) continue;
    size_t end = i + name.size();
    if (end < text.size() && ident_char(text[end])) continue;
    bool same = true;
    for (size_t k = 0; same && k < name.size(); ++k) same = lower(text[i + k]) == lower(name[k]);
    if (same) return true;
  }
  return false;
}

void note_untracked_dependencies(const Catalog& to, const std::vector<Rename>& renames, std::vector<Node>& nodes) {
  // PostgreSQL binds only an SQL-standard body (BEGIN ATOMIC / RETURN) to what it uses: any other body is a
  // string, checked at its next call. The functions of the desired schema are the ones that will be called.
  std::vector<const Function*> bodies;
  for (const auto& f : to.functions)
    if (!f.sql_body) bodies.push_back(&f);
  if (bodies.empty()) return;
  for (Node& n : nodes) {
    ObjectId gone;
    const char* what = "drops";
    if (n.action == NodeAction::Drop && n.step.change == ChangeKind::Drop) {
      gone = n.step.target;
    } else if (n.step.action.starts_with("rename ") || n.step.action == "drop old column") {
      for (const auto& r : renames)
        if (r.new_id == n.step.target) gone = r.old_id;
      what = "renames";
    }
    if (!watched(gone.kind) || gone.name.empty()) continue;
    for (const Function* f : bodies) {
      if (f->id() == gone || !names_identifier(f->body, gone.name)) continue;
      if (gone.kind == ObjectKind::Column && !names_identifier(f->body, gone.parent)) continue;
      n.step.hazards.push_back({hazard::kUntrackedDependency,
                                "function " + f->id().sql_name() + " names " + sql::ident(gone.name) +
                                    " in its body, which PostgreSQL does not bind to what it uses: it fails at its " +
                                    "next call if it still needs what this step " + what});
    }
  }
}

}  // namespace schemaplan
