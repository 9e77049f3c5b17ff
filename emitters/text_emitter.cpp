#include "emitters/emitters.h"
#include "emitters/summary.h"

namespace schemaplan::emit {

std::string text(const Plan& p) {
  std::string out;
  for (const auto& s : p.steps) {
    char mark = s.change == ChangeKind::Create ? '+' : s.change == ChangeKind::Drop ? '-' : '~';
    std::string line = std::string(1, mark) + " " + s.action + " " + s.target.sql_name();
    for (const auto& h : s.hazards) line += "  [" + h.code + "]" + row_counts_note(h, false);
    for (char& c : line)
      if (c == '\n' || c == '\r') c = ' ';  // one line per step, whatever a quoted name holds
    out += line + '\n';
  }
  return out;
}

}  // namespace schemaplan::emit
