// GCC 12 warns that write_graphviz's edge iterator "may be used uninitialized" (a false positive inside
// Boost's adj_list_edge_iterator, reported at the instantiation in this file); silenced for this file only.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/config.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>
#include <sstream>

#include "emitters/emitters.h"

namespace schemaplan::emit {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

/// A DOT quoted string.
std::string dot_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

const char* phase_colour(Phase p) {
  switch (p) {
    case Phase::Expand: return "#d4e8ff";
    case Phase::Backfill: return "#fff1b8";
    case Phase::Contract: return "#ffd9c2";
  }
  return "#ffffff";
}

}  // namespace

std::string dot(const Plan& plan) {
  Graph g(plan.steps.size());
  for (const auto& [a, b] : plan.edges) boost::add_edge(a, b, g);
  auto vertex = [&](std::ostream& os, size_t v) {
    const Step& s = plan.steps[v];
    std::string label = std::to_string(v + 1) + ". " + s.action + "\n" + s.target.sql_name();
    if (!s.transactional) label += "\n(outside a transaction)";
    for (const auto& h : s.hazards) label += "\n! " + h.code;
    os << "[label=" << dot_string(label) << ", fillcolor=" << dot_string(phase_colour(s.phase))
       << ", tooltip=" << dot_string(std::string("phase: ") + phase_name(s.phase));
    if (!s.hazards.empty()) os << ", color=\"#c62828\", penwidth=2";
    if (!s.transactional) os << ", style=\"filled,dashed\"";
    os << "]";
  };
  auto edge = [](std::ostream&, Graph::edge_descriptor) {};
  auto graph = [&](std::ostream& os) {
    os << "rankdir=TB;\nfontname=\"Helvetica\";\nlabel=" << dot_string("schemaplan plan: " + std::to_string(plan.steps.size()) +
                                          " steps (blue expand, yellow backfill, orange contract; red border: hazards)")
       << ";\nnode [shape=box, style=filled, fontname=\"Helvetica\", fontsize=10];\nedge [color=\"#555555\"];\n";
  };
  std::ostringstream os;
  boost::write_graphviz(os, g, vertex, edge, graph);
  return os.str();
}

}  // namespace schemaplan::emit
