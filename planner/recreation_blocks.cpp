#include "planner/recreation_blocks.h"

#include <algorithm>
#include <map>

namespace schemaplan {

void join_recreations(std::vector<Step>& steps, bool transaction_per_step) {
  // The first and last step of each recreated object: its drop half and its create half. Steps that cannot run
  // in a transaction are no ends (a key's replacement index built CONCURRENTLY before the old key is dropped
  // leaves the drop and the attach to share one); one between the ends still keeps the block apart.
  std::map<ObjectId, std::pair<size_t, size_t>> span;
  for (size_t i = 0; i < steps.size(); ++i) {
    if (steps[i].change != ChangeKind::Recreate || !steps[i].transactional) continue;
    auto [it, fresh] = span.emplace(steps[i].target, std::make_pair(i, i));
    if (!fresh) it->second.second = i;
  }
  // Overlapping spans make one block: [first, last] of the union.
  std::vector<std::pair<size_t, size_t>> spans;
  for (const auto& [id, s] : span)
    if (s.first < s.second) spans.push_back(s);
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<size_t, size_t>> blocks;
  for (const auto& s : spans) {
    if (!blocks.empty() && s.first <= blocks.back().second) blocks.back().second = std::max(blocks.back().second, s.second);
    else blocks.push_back(s);
  }
  for (const auto& [lo, hi] : blocks) {
    bool joinable = true;
    for (size_t i = lo; i <= hi; ++i)
      joinable = joinable && steps[i].transactional && steps[i].phase == steps[lo].phase;
    if (!joinable) continue;
    if (transaction_per_step)
      for (size_t i = lo; i < hi; ++i) steps[i].with_next = true;
    // An index dropped and created again inside the block is never missing for anyone else.
    for (const auto& [id, s] : span)
      if (id.kind == ObjectKind::Index && s.first >= lo && s.second <= hi && s.first < s.second)
        std::erase_if(steps[s.first].hazards, [](const Hazard& h) { return h.code == std::string(hazard::kIndexDropped); });
  }
}

}  // namespace schemaplan
