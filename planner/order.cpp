#include <boost/config.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <algorithm>
#include <functional>
#include <map>
#include <queue>
#include <set>
#include <tuple>

#include "model/diagnostic.h"
#include "planner/dependencies.h"
#include "planner/node.h"

namespace schemaplan {
namespace {

using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::directedS>;

/// Edge rules, for a step on X and a step on Y where X depends on Y:
/// - creating or altering X waits for Y's create or alter (X's new state needs Y's new state);
/// - dropping or altering X goes before Y's drop, and dropping X goes before Y's alter (X's old state held
///   Y's old state: a key cannot go while a foreign key uses it, NOT NULL cannot go while a key holds it);
/// - the drop half of an object goes before its create half.
/// Alter-after-alter is decided by the new state only, so the two rules cannot contradict each other.
void add_edges(const std::vector<Node>& nodes, Graph& g) {
  std::map<ObjectId, std::vector<size_t>> providers;
  for (size_t i = 0; i < nodes.size(); ++i)
    for (const auto& id : nodes[i].provides) providers[id].push_back(i);
  auto each_provider = [&](const ObjectId& id, auto fn) {
    auto it = providers.find(id);
    if (it != providers.end())
      for (size_t t : it->second) fn(t);
  };
  for (size_t s = 0; s < nodes.size(); ++s) {
    const Node& n = nodes[s];
    if (n.action != NodeAction::Drop)
      for (const auto& y : n.after_deps)
        each_provider(y, [&](size_t t) {
          if (t != s && nodes[t].action != NodeAction::Drop) boost::add_edge(t, s, g);
        });
    if (n.action != NodeAction::Create)
      for (const auto& y : n.before_deps)
        each_provider(y, [&](size_t t) {
          if (t == s) return;
          if (nodes[t].action == NodeAction::Drop || (n.action == NodeAction::Drop && nodes[t].action == NodeAction::Alter))
            boost::add_edge(s, t, g);
        });
  }
  // Renames go first: every other step is written with the new names.
  for (size_t f = 0; f < nodes.size(); ++f)
    if (nodes[f].first)
      for (size_t s = 0; s < nodes.size(); ++s)
        if (!nodes[s].first) boost::add_edge(f, s, g);
  for (size_t s = 0; s < nodes.size(); ++s)
    if (nodes[s].action == NodeAction::Drop)
      each_provider(nodes[s].step.target, [&](size_t t) {
        if (nodes[t].action == NodeAction::Create && nodes[t].step.target == nodes[s].step.target) boost::add_edge(s, t, g);
      });
  // A name is free only once its old holder is dropped: relations, indexes, sequences and types share one
  // namespace per schema (pg_class, and pg_type for their row types), and a key constraint names its index.
  // So a UNIQUE constraint turned into a unique index of the same name, or a table replaced by a view, drops
  // the old holder first.
  auto takes_name = [](const ObjectId& id) {
    switch (id.kind) {
      case ObjectKind::Table:
      case ObjectKind::View:
      case ObjectKind::MaterializedView:
      case ObjectKind::Index:
      case ObjectKind::Sequence:
      case ObjectKind::Type:
      case ObjectKind::Constraint:  // a CHECK or FOREIGN KEY takes no relation name: an edge too many is harmless
        return true;
      default:
        return false;
    }
  };
  // The names a step takes or frees: its target's, and those of the parts it carries (the key constraints
  // of a table created or dropped whole, whose indexes take relation names: a table renamed by hand keeps
  // its old `x_pkey`, which the new table's key reuses).
  auto names_of = [&](const Node& n) {
    std::set<std::pair<std::string, std::string>> out;
    if (takes_name(n.step.target)) out.insert({n.step.target.schema, n.step.target.name});
    if (n.step.target.kind == ObjectKind::Table)
      for (const auto& p : n.provides)
        if (p.kind == ObjectKind::Constraint || p.kind == ObjectKind::Index) out.insert({p.schema, p.name});
    return out;
  };
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> freed;  // (schema, name) -> drops
  for (size_t t = 0; t < nodes.size(); ++t)
    if (nodes[t].action == NodeAction::Drop)
      for (const auto& name : names_of(nodes[t])) freed[name].push_back(t);
  for (size_t s = 0; s < nodes.size(); ++s) {
    if (nodes[s].action != NodeAction::Create) continue;
    const ObjectId& id = nodes[s].step.target;
    for (const auto& name : names_of(nodes[s]))
      if (auto it = freed.find(name); it != freed.end())
        for (size_t t : it->second)
          if (nodes[t].step.target != id) boost::add_edge(t, s, g);
  }
  // An operator names others (COMMUTATOR, NEGATOR) without depending on them: dropping one clears the links of
  // those naming it, creating one sets them (making a shell for a name not there yet). So operators are created
  // after operators are dropped: one created again to link to a dropped one (differ/diff_generics.cpp) makes its
  // shell, and a drop never clears the links of an operator just created.
  for (size_t t = 0; t < nodes.size(); ++t)
    if (nodes[t].action == NodeAction::Drop && nodes[t].step.target.kind == ObjectKind::Operator)
      for (size_t s = 0; s < nodes.size(); ++s)
        if (nodes[s].action == NodeAction::Create && nodes[s].step.target.kind == ObjectKind::Operator)
          boost::add_edge(t, s, g);
  // ALTER DEFAULT PRIVILEGES runs after the plan creates its objects: each object gets exactly the grants the
  // model states for it (the desired side lists those it got from default privileges as grants of its own),
  // never some more from a default privilege that happened to be set first.
  for (size_t s = 0; s < nodes.size(); ++s) {
    if (nodes[s].step.target.kind != ObjectKind::DefaultPrivilege) continue;
    for (size_t t = 0; t < nodes.size(); ++t) {
      ObjectKind k = nodes[t].step.target.kind;
      if (nodes[t].action == NodeAction::Create &&
          (k == ObjectKind::Table || k == ObjectKind::View || k == ObjectKind::MaterializedView ||
           k == ObjectKind::Sequence || k == ObjectKind::Function || k == ObjectKind::Type))
        boost::add_edge(t, s, g);
    }
  }
  // A key of a partition tree is added after the keys dropped at other levels of it are gone: the parent's
  // key adopts an equal key of a partition (which could then not be dropped), and a partition cannot have a
  // key of its own beside one it inherits (dependencies.cpp marks the ancestors).
  auto table_of = [](const ObjectId& c) { return ObjectId{ObjectKind::Table, c.schema, c.parent, "", kAncestorKey}; };
  auto lists = [](const std::vector<ObjectId>& v, const ObjectId& x) { return std::find(v.begin(), v.end(), x) != v.end(); };
  for (size_t t = 0; t < nodes.size(); ++t) {
    if (nodes[t].action != NodeAction::Drop || nodes[t].step.target.kind != ObjectKind::Constraint) continue;
    for (size_t s = 0; s < nodes.size(); ++s)
      if (nodes[s].action == NodeAction::Create && nodes[s].step.target.kind == ObjectKind::Constraint &&
          (lists(nodes[s].after_deps, table_of(nodes[t].step.target)) ||
           lists(nodes[t].before_deps, table_of(nodes[s].step.target))))
        boost::add_edge(t, s, g);
  }
  // A sequence moved to another owner column is unlinked from the old one first (the two links are two ids,
  // one per table): the other way round, OWNED BY NONE would undo the new link.
  for (size_t t = 0; t < nodes.size(); ++t) {
    const ObjectId& d = nodes[t].step.target;
    if (nodes[t].action != NodeAction::Drop || d.kind != ObjectKind::SequenceOwner) continue;
    for (size_t s = 0; s < nodes.size(); ++s) {
      const ObjectId& c = nodes[s].step.target;
      if (nodes[s].action == NodeAction::Create && c.kind == ObjectKind::SequenceOwner && c.schema == d.schema &&
          c.name == d.name && s != t)
        boost::add_edge(t, s, g);
    }
  }
  // A view is created after the columns dropped from the relations it reads are gone: its query may name
  // them implicitly (`SELECT *` expands when the view is created), and the new view must not hold on to a
  // column the plan is about to drop.
  std::map<ObjectId, std::vector<size_t>> dropped_columns;  // table id -> column drops
  for (size_t t = 0; t < nodes.size(); ++t)
    if (nodes[t].action == NodeAction::Drop && nodes[t].step.target.kind == ObjectKind::Column) {
      const ObjectId& c = nodes[t].step.target;
      dropped_columns[ObjectId{ObjectKind::Table, c.schema, c.parent, "", ""}].push_back(t);
    }
  for (size_t s = 0; s < nodes.size(); ++s) {
    ObjectKind k = nodes[s].step.target.kind;
    if (nodes[s].action != NodeAction::Create || (k != ObjectKind::View && k != ObjectKind::MaterializedView)) continue;
    for (const auto& y : nodes[s].after_deps)
      if (auto it = dropped_columns.find(y); it != dropped_columns.end())
        for (size_t t : it->second) boost::add_edge(t, s, g);
  }
}

/// Phases before ordering: a step is never in an earlier phase than a step it waits for, and the drop half
/// of a recreation runs in its create half's phase, so that the object is missing for as short a time as
/// the plan allows (a view recreated around a column dropped in contract is dropped in contract too).
/// Phases only move later, so this reaches a fixed point.
/// Gates (add_boundaries()) carry phases like steps: `gate_phases` holds theirs.
void settle_phases(std::vector<Node>& nodes, const Graph& g, std::vector<Phase>& gate_phases) {
  const size_t n = nodes.size();
  auto phase = [&](size_t v) -> Phase& { return v < n ? nodes[v].step.phase : gate_phases[v - n]; };
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t v = 0; v < boost::num_vertices(g); ++v)
      for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
        size_t t = boost::target(*e, g);
        if (phase(t) < phase(v)) {
          phase(t) = phase(v);
          changed = true;
        }
        bool recreation = v < n && t < n && nodes[v].action == NodeAction::Drop &&
                          nodes[t].action == NodeAction::Create && nodes[v].step.target == nodes[t].step.target;
        if (recreation && nodes[v].step.phase < nodes[t].step.phase) {
          nodes[v].step.phase = nodes[t].step.phase;
          changed = true;
        }
      }
  }
}

bool is_container(const Node& n) {
  return n.step.target.kind == ObjectKind::Schema || n.step.target.kind == ObjectKind::Extension;
}

/// Schemas and extensions are boundaries (pg_dump's boundary objects): what lives in them may be tied to them
/// in ways no producer can see from SQL text alone (a column of type `citext` names a type, not the extension
/// that provides it). So schemas and extensions are created before every other create or alter, and dropped
/// after every other step. Between containers only their own dependencies count (an extension's schema, one
/// extension requiring another).
///
/// Through two gates, vertices that are no step: `created` waits for every container's create and precedes
/// every other create or alter; `dropped` waits for every other step and precedes every container's drop. The
/// same order as an edge from each container to each step, without their product: 200 schemas of 50 tables made
/// 10 million edges, most of `inspect`'s memory and time (docs/performance.md, sixth round).
void add_boundaries(const std::vector<Node>& nodes, Graph& g, size_t created, size_t dropped) {
  bool creates = false, drops = false;
  for (size_t b = 0; b < nodes.size(); ++b) {
    if (!is_container(nodes[b])) continue;
    if (nodes[b].action == NodeAction::Create) {
      boost::add_edge(b, created, g);
      creates = true;
    } else if (nodes[b].action == NodeAction::Drop) {
      boost::add_edge(dropped, b, g);
      drops = true;
    }
  }
  for (size_t x = 0; x < nodes.size(); ++x) {
    if (is_container(nodes[x])) continue;
    if (creates && nodes[x].action != NodeAction::Drop) boost::add_edge(created, x, g);
    if (drops) boost::add_edge(x, dropped, g);
  }
}

[[noreturn]] void report_cycle(const std::vector<Node>& nodes, const Graph& g) {
  std::vector<int> comp(boost::num_vertices(g));
  boost::strong_components(g, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, g)));
  std::map<int, std::vector<size_t>> members;
  for (size_t v = 0; v < nodes.size(); ++v) members[comp[v]].push_back(v);  // steps only, not the gates
  // A step's successors, looking through the gates (add_boundaries()) to the steps after them.
  auto successors = [&](size_t v) {
    std::vector<size_t> out;
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
      const size_t t = boost::target(*e, g);
      if (t < nodes.size()) {
        out.push_back(t);
        continue;
      }
      for (auto [f, fend] = boost::out_edges(t, g); f != fend; ++f) out.push_back(boost::target(*f, g));
    }
    return out;
  };
  std::string msg = "dependency cycle: ";
  for (const auto& [c, vs] : members) {
    if (vs.size() < 2) continue;
    // Walk the cycle inside the component from its first member, for a readable a -> b -> a.
    std::set<size_t> in(vs.begin(), vs.end());
    size_t start = vs.front(), cur = start;
    std::set<size_t> seen;
    std::string path = nodes[start].step.action + " " + nodes[start].step.target.sql_name();
    while (true) {
      seen.insert(cur);
      size_t next = cur;
      for (size_t t : successors(cur)) {
        if (in.count(t) && (t == start || !seen.count(t))) {
          next = t;
          if (t == start) break;
        }
      }
      if (next == cur) break;
      path += " -> " + nodes[next].step.action + " " + nodes[next].step.target.sql_name();
      if (next == start) break;
      cur = next;
    }
    msg += path;
    break;
  }
  fail("dependency-cycle", msg);
}

}  // namespace

std::vector<Step> order(std::vector<Node> nodes, std::vector<std::pair<size_t, size_t>>* edges) {
  const size_t n = nodes.size(), created_gate = n, dropped_gate = n + 1;
  Graph g(n + 2);
  add_edges(nodes, g);
  add_boundaries(nodes, g, created_gate, dropped_gate);
  std::vector<Phase> gate_phases(2, Phase::Expand);
  settle_phases(nodes, g, gate_phases);
  std::vector<int> indegree(n + 2, 0);
  for (size_t v = 0; v < n + 2; ++v)
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) ++indegree[boost::target(*e, g)];
  // Stable keys: phase, rank, then the target's identity, then the action; never the input position.
  auto key = [&](size_t i) {
    return std::make_tuple(static_cast<int>(nodes[i].step.phase), nodes[i].rank, nodes[i].step.target,
                           static_cast<int>(nodes[i].action), nodes[i].step.action);
  };
  auto later = [&](size_t a, size_t b) { return key(b) < key(a); };
  std::priority_queue<size_t, std::vector<size_t>, decltype(later)> ready(later);
  auto phase = [&](size_t v) -> Phase& { return v < n ? nodes[v].step.phase : gate_phases[v - n]; };
  // What follows `v` once it is done: a step whose last predecessor it was becomes ready; a gate, which is no
  // step, is passed through at once.
  std::function<void(size_t)> release = [&](size_t v) {
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
      size_t t = boost::target(*e, g);
      // A step that must wait for a later phase's step belongs to that phase too (e.g. what needs a dropped
      // object gone runs in contract). With every step's phase at least its predecessors', ordering by phase
      // first emits the phases in order, each one whole.
      phase(t) = std::max(phase(t), phase(v));
      if (--indegree[t] == 0) {
        if (t < n)
          ready.push(t);
        else
          release(t);
      }
    }
  };
  for (size_t v = 0; v < n; ++v)
    if (indegree[v] == 0) ready.push(v);
  for (size_t gate : {created_gate, dropped_gate})
    if (indegree[gate] == 0) release(gate);
  std::vector<Step> out;
  out.reserve(n);
  std::vector<size_t> position(n);
  while (!ready.empty()) {
    size_t v = ready.top();
    ready.pop();
    position[v] = out.size();
    // Moved, not copied (a plan of every object of a large schema holds each step's SQL twice otherwise): a
    // node leaves the queue once, and report_cycle() only reads nodes on a cycle, which are never emitted. Its
    // phase and target stay for release() and the edges below.
    out.push_back(std::move(nodes[v].step));
    nodes[v].step.phase = out.back().phase;
    release(v);
  }
  if (out.size() != n) report_cycle(nodes, g);
  if (edges) {
    for (size_t v = 0; v < n; ++v)
      for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
        if (size_t t = boost::target(*e, g); t < n) edges->emplace_back(position[v], position[t]);
    // The gates' edges, for a reader of the graph (the DOT output): a schema's create before the steps on
    // objects in it and its drop after them. Not each container to each step (millions of edges on a schema
    // per tenant), and not an extension's, whose users name it among their dependencies.
    std::map<std::string, std::vector<size_t>> in_schema;  // schema -> steps on objects in it
    for (size_t v = 0; v < n; ++v)
      if (!is_container(nodes[v]) && !out[position[v]].target.schema.empty())
        in_schema[out[position[v]].target.schema].push_back(v);
    for (size_t b = 0; b < n; ++b) {
      if (out[position[b]].target.kind != ObjectKind::Schema || nodes[b].action == NodeAction::Alter) continue;
      auto it = in_schema.find(out[position[b]].target.name);
      if (it == in_schema.end()) continue;
      for (size_t x : it->second) {
        if (nodes[b].action == NodeAction::Create && nodes[x].action != NodeAction::Drop)
          edges->emplace_back(position[b], position[x]);
        if (nodes[b].action == NodeAction::Drop) edges->emplace_back(position[x], position[b]);
      }
    }
    std::sort(edges->begin(), edges->end());
    edges->erase(std::unique(edges->begin(), edges->end()), edges->end());
  }
  return out;
}

}  // namespace schemaplan
