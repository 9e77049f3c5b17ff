#include <doctest/doctest.h>

#include "emitters/emitters.h"

using namespace schemaplan;

namespace {
Plan two_steps() {
  Plan p;
  Step a;
  a.action = "create table";
  a.target = {ObjectKind::Table, "public", "Users", "", ""};
  a.forward = {"CREATE TABLE public.\"Users\" ()"};
  Step b;
  b.action = "drop column";
  b.change = ChangeKind::Drop;
  b.target = {ObjectKind::Column, "public", "old", "Users", ""};
  b.hazards = {{"deletes-data", "drops column old, 100% of it,\nfor good"}};
  b.transactional = false;
  p.steps = {a, b};
  p.edges = {{0, 1}};
  return p;
}
}  // namespace

TEST_CASE("text: one line per step with its hazards") {
  CHECK(emit::text(two_steps()) == "+ create table public.\"Users\"\n- drop column public.\"Users\".old  [deletes-data]\n");
}

TEST_CASE("github: annotations at the span, escaped as workflow commands") {
  auto where = [](const ObjectId& id) {
    return id.kind == ObjectKind::Table ? SourceSpan{"schema/a,b.sql", 3, 1} : SourceSpan{};
  };
  std::string out = emit::github(two_steps(), where, "error", "drift: x");
  CHECK(out == "::error file=schema/a%2Cb.sql,line=3,col=1,title=drift%3A x::step 1: create table public.\"Users\"\n"
               "::error title=drift%3A x::step 2: drop column public.\"Users\".old%0Ahazard deletes-data: drops column "
               "old, 100%25 of it,%0Afor good\n");
}

TEST_CASE("dot: a digraph, nodes escaped, edges from the plan") {
  std::string out = emit::dot(two_steps());
  CHECK(out.rfind("digraph G {\n", 0) == 0);
  CHECK(out.find("0[label=\"1. create table\\npublic.\\\"Users\\\"\"") != std::string::npos);
  CHECK(out.find("(outside a transaction)\\n! deletes-data\"") != std::string::npos);
  CHECK(out.find("0->1") != std::string::npos);
  CHECK(out.find("1->0") == std::string::npos);
}
