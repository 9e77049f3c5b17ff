#include "cli/fail_on.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "model/diagnostic.h"

namespace schemaplan::cli {
namespace {

/// "1GB" -> 1073741824; throws a usage error naming `entry` otherwise.
int64_t parse_size(const std::string& text, const std::string& entry) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  std::string unit = text.substr(digits);
  std::transform(unit.begin(), unit.end(), unit.begin(), [](unsigned char c) { return std::tolower(c); });
  static const std::map<std::string, int> powers{{"b", 0}, {"kb", 1}, {"mb", 2}, {"gb", 3}, {"tb", 4}};
  auto it = powers.find(unit);
  if (digits == 0 || digits > 6 || it == powers.end())
    fail("usage", "--fail-on: '" + entry + "' needs a size such as 500MB, 1GB or 10GB after '>'");
  int64_t bytes = std::stoll(text.substr(0, digits));
  for (int i = 0; i < it->second; ++i) bytes *= 1024;
  return bytes;
}

/// `1.0 GB`, `500 MB`: as plan.md prints sizes.
std::string human_size(int64_t b) {
  const char* units[] = {"B", "kB", "MB", "GB", "TB"};
  double v = static_cast<double>(b);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, v < 10 && u > 0 ? "%.1f %s" : "%.0f %s", v, units[u]);
  return buf;
}

}  // namespace

FailOn parse_fail_on(const std::string& list) {
  FailOn out;
  if (list.empty()) return out;
  std::string valid;
  for (const char* c : hazard::kAll) valid += std::string(valid.empty() ? "" : ", ") + c;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string entry = list.substr(start, end - start);
    size_t gt = entry.find('>');
    std::string code = entry.substr(0, gt);
    bool known = false;
    for (const char* c : hazard::kAll) known |= code == c;
    if (!known) fail("usage", "unknown hazard '" + code + "' in --fail-on (valid: " + valid + ")");
    int64_t min = gt == std::string::npos ? 0 : parse_size(entry.substr(gt + 1), entry);
    auto [it, added] = out.emplace(code, min);
    if (!added) it->second = std::min(it->second, min);
    start = end + 1;
  }
  return out;
}

std::string fail_on_violations(const Plan& p, const FailOn& f) {
  std::string out;
  for (size_t i = 0; i < p.steps.size(); ++i) {
    const Step& s = p.steps[i];
    for (const auto& h : s.hazards) {
      auto it = f.find(h.code);
      if (it == f.end()) continue;
      std::string size;
      if (it->second > 0) {
        auto stats = p.table_stats.find(s.locked_table);
        if (stats != p.table_stats.end() && stats->second.bytes > 0) {
          if (stats->second.bytes <= it->second) continue;
          size = " (" + s.locked_table + ": " + human_size(stats->second.bytes) + ", over " + human_size(it->second) + ")";
        } else {
          size = " (size of " + (s.locked_table.empty() ? std::string("its table") : s.locked_table) +
                 " unknown: counted as over " + human_size(it->second) + ")";
        }
      }
      out += "  step " + std::to_string(i + 1) + " (" + s.action + " " + s.target.sql_name() + "): " + h.code + size +
             ": " + h.message + "\n";
    }
  }
  return out;
}

}  // namespace schemaplan::cli
