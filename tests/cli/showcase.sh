#!/bin/bash
# The showcase plan (schemas/examples/payments/plan.md, v1 -> v2) is what the current planner writes: a change to
# the example or to the planner must come with the regenerated file (`scripts/showcase`).
source "$(dirname "$0")/lib.sh"
sp diff --from "$repo/schemas/examples/payments/v1" --to "$repo/schemas/examples/payments/v2" --format markdown
expect_status 0 "plan the payments example"
if ! cmp -s "$tmp/stdout" "$repo/schemas/examples/payments/plan.md"; then
  diff "$repo/schemas/examples/payments/plan.md" "$tmp/stdout" | head -20 >&2
  rm -f "$tmp/stdout" "$tmp/stderr"
  fail "schemas/examples/payments/plan.md is stale: run scripts/showcase and commit the result"
fi
pass "showcase: schemas/examples/payments/plan.md is up to date"
