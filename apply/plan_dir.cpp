#include "apply/plan_dir.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/diagnostic.h"
#include "model/sha256.h"

namespace schemaplan::apply {
namespace {

bool read_file(const std::filesystem::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

/// plan.json is JSON, which YAML 1.2 reads as it is: yaml-cpp (already a dependency) parses it.
std::string text(const YAML::Node& n, const char* key) {
  const YAML::Node v = n[key];
  if (!v || v.IsNull()) return "";
  return v.as<std::string>();
}

bool flag(const YAML::Node& n, const char* key) { return n[key] && n[key].as<bool>(); }

}  // namespace

PlanDir read_plan_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  const fs::path json = fs::path(dir) / "plan.json";
  std::string body;
  if (!read_file(json, body))
    fail("plan-error",
         "cannot read " + json.string() + ": --plan expects a directory written by `schemaplan diff --out`");
  PlanDir out = parse_plan_json(body, json.string());
  out.path = dir;
  std::string up;
  if (read_file(fs::path(dir) / "up.sql", up)) out.up_sql_actual = sha256_hex(up);
  return out;
}

PlanDir parse_plan_json(const std::string& body, const std::string& name) {
  PlanDir out;
  out.id = sha256_hex(body);
  try {
    YAML::Node root = YAML::Load(body);
    if (!root.IsMap() || !root["version"] || root["version"].as<int>() != 1)
      fail("plan-error", name + " is not a plan.json of version 1");
    const YAML::Node a = root["apply"];
    if (!a || !a.IsMap())
      fail("plan-error", name + " has no \"apply\" object (written by an older schemaplan): plan again");
    out.transaction_per_step = flag(a, "transaction_per_step");
    out.from_fingerprint = text(a, "from_fingerprint");
    out.to_fingerprint = text(a, "to_fingerprint");
    out.up_sql_sha256 = text(a, "up_sql_sha256");
    for (const YAML::Node& s : root["steps"]) {
      PlanStep st;
      st.number = s["number"].as<int>();
      st.phase = text(s, "phase");
      st.action = text(s, "action");
      st.change = text(s, "change");
      const YAML::Node o = s["object"];
      st.kind = text(o, "kind");
      st.schema = text(o, "schema");
      st.name = text(o, "name");
      st.display = text(o, "display");
      st.transactional = flag(s, "transactional");
      st.with_next = flag(s, "with_next");
      st.lock_timeout = text(s, "lock_timeout");
      st.statement_timeout = text(s, "statement_timeout");
      for (const YAML::Node& h : s["hazards"]) st.hazards.push_back(text(h, "code"));
      for (const YAML::Node& f : s["forward"]) st.forward.push_back(f.as<std::string>());
      if (st.number != static_cast<int>(out.steps.size()) + 1)
        fail("plan-error", name + ": step " + std::to_string(st.number) + " is out of order");
      out.steps.push_back(std::move(st));
    }
  } catch (const YAML::Exception& e) {
    fail("plan-error", name + " is not valid plan JSON: " + e.what());
  }
  return out;
}

std::vector<std::vector<size_t>> transaction_units(const PlanDir& plan) {
  // The same grouping as up.sql's BEGIN/COMMIT blocks (emitters/sql_emitter.cpp), so that apply commits
  // exactly where a reviewer of up.sql sees a COMMIT.
  std::vector<std::vector<size_t>> units;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const PlanStep& s = plan.steps[i];
    bool join = false;
    if (i > 0 && s.transactional && !units.empty()) {
      const PlanStep& prev = plan.steps[i - 1];
      join = prev.transactional && prev.phase == s.phase && (!plan.transaction_per_step || prev.with_next);
    }
    if (join)
      units.back().push_back(i);
    else
      units.push_back({i});
  }
  return units;
}

}  // namespace schemaplan::apply
