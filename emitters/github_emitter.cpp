#include "emitters/emitters.h"
#include "emitters/summary.h"

namespace schemaplan::emit {

std::string github_escape(const std::string& s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string github(const Plan& plan, const std::function<SourceSpan(const ObjectId&)>& where, const std::string& level,
                   const std::string& title) {
  std::string out;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const Step& s = plan.steps[i];
    SourceSpan span = where(s.target);
    std::string props;
    if (!span.file.empty()) {
      props = " file=" + github_escape(span.file, true);
      if (span.line > 0) props += ",line=" + std::to_string(span.line);
      if (span.column > 0) props += ",col=" + std::to_string(span.column);
      props += ",";
    } else {
      props = " ";
    }
    props += "title=" + github_escape(title, true);
    std::string msg = "step " + std::to_string(i + 1) + ": " + s.action + " " + s.target.sql_name();
    for (const auto& h : s.hazards) msg += "\nhazard " + h.code + ": " + h.message + row_counts_note(h, false);
    out += "::" + level + props + "::" + github_escape(msg, false) + "\n";
  }
  return out;
}

}  // namespace schemaplan::emit
