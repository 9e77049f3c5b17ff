#include "emitters/emitters.h"
#include "emitters/summary.h"

namespace schemaplan::emit {

std::string text(const Plan& p) {
  std::string out;
  for (const auto& s : p.steps) {
    char mark = s.change == ChangeKind::Create ? '+' : s.change == ChangeKind::Drop ? '-' : '~';
    out += std::string(1, mark) + " " + s.action + " " + s.target.sql_name();
    for (const auto& h : s.hazards) out += "  [" + h.code + "]" + row_counts_note(h, false);
    out += '\n';
  }
  return out;
}

}  // namespace schemaplan::emit
