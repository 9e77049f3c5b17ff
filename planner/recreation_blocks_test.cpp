#include <doctest/doctest.h>

#include "planner/recreation_blocks.h"

namespace schemaplan {
namespace {

Step step(const char* name, ChangeKind change, bool transactional = true, Phase phase = Phase::Expand) {
  Step s;
  s.target = {ObjectKind::View, "public", name, "", ""};
  s.change = change;
  s.transactional = transactional;
  s.phase = phase;
  return s;
}

std::vector<bool> flags(const std::vector<Step>& steps) {
  std::vector<bool> out;
  for (const auto& s : steps) out.push_back(s.with_next);
  return out;
}

}  // namespace

TEST_CASE("a recreated object's drop, what runs between and its creation share one transaction") {
  // drop v2, drop v1, alter (unrelated create before), create v1, create v2, then an independent step
  std::vector<Step> steps{step("x", ChangeKind::Create),   step("v2", ChangeKind::Recreate), step("v1", ChangeKind::Recreate),
                          step("c", ChangeKind::Alter),    step("v1", ChangeKind::Recreate), step("v2", ChangeKind::Recreate),
                          step("y", ChangeKind::Drop)};
  join_recreations(steps);
  CHECK(flags(steps) == std::vector<bool>{false, true, true, true, true, false, false});
}

TEST_CASE("a block holding a step outside a transaction, or two phases, is not joined") {
  std::vector<Step> steps{step("v", ChangeKind::Recreate), step("i", ChangeKind::Create, false),
                          step("v", ChangeKind::Recreate)};
  join_recreations(steps);
  CHECK(flags(steps) == std::vector<bool>{false, false, false});
  std::vector<Step> phases{step("v", ChangeKind::Recreate), step("v", ChangeKind::Recreate, true, Phase::Contract)};
  join_recreations(phases);
  CHECK(flags(phases) == std::vector<bool>{false, false});
}

TEST_CASE("an index dropped and created again inside one transaction is not reported as lost") {
  auto index = [](bool transactional) {
    Step s = step("i", ChangeKind::Recreate, transactional);
    s.target = {ObjectKind::Index, "public", "i", "t", ""};
    return s;
  };
  auto lost = [](const Step& s) {
    for (const auto& h : s.hazards)
      if (h.code == std::string(hazard::kIndexDropped)) return true;
    return false;
  };
  for (bool per_step : {true, false}) {
    std::vector<Step> steps{index(true), step("c", ChangeKind::Alter), index(true)};
    steps[0].hazards = {{hazard::kIndexDropped, "queries using index i lose it", {}}};
    join_recreations(steps, per_step);
    CHECK_FALSE(lost(steps[0]));
    CHECK(steps[0].with_next == per_step);
    // Split by a step outside a transaction, the index is missing in between: the hazard stays.
    std::vector<Step> split{index(true), step("v", ChangeKind::Alter, false), index(true)};
    split[0].hazards = steps[0].hazards = {{hazard::kIndexDropped, "queries using index i lose it", {}}};
    join_recreations(split, per_step);
    CHECK(lost(split[0]));
  }
}

}  // namespace schemaplan
