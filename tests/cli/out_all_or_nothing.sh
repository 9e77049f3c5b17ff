#!/bin/bash
# --out DIR writes up.sql, down.sql, plan.md and plan.json all together or not at all: an input error or an
# unwritable target leaves no new files and never touches files already there.
source "$(dirname "$0")/lib.sh"

echo 'CREATE TABLE t (id integer PRIMARY KEY);' >"$tmp/good.sql"
echo 'CREATE TABLE t (id integer PRIMARY KEY' >"$tmp/bad.sql"
all=(up.sql down.sql plan.md plan.json)

# 1. Success writes all four.
sp diff --from empty --to "$tmp/good.sql" --out "$tmp/ok"
expect_status 0 "a valid plan"
for f in "${all[@]}"; do [[ -s $tmp/ok/$f ]] || fail "--out should write a non-empty $f"; done

# 2. An input error writes nothing: a new folder is not created (or stays empty) ...
sp diff --from empty --to "$tmp/bad.sql" --out "$tmp/new"
expect_status 2 "malformed input with --out"
[[ ! -e $tmp/new ]] || [[ -z $(ls -A "$tmp/new") ]] || fail "an input error must leave no files in --out"

# ... and an existing plan folder keeps its files byte for byte, with nothing added.
mkdir -p "$tmp/old"
for f in "${all[@]}"; do echo "-- previous $f" >"$tmp/old/$f"; done
cp -r "$tmp/old" "$tmp/old.copy"
sp diff --from empty --to "$tmp/bad.sql" --out "$tmp/old"
expect_status 2 "malformed input with an existing --out"
diff -r "$tmp/old" "$tmp/old.copy" >/dev/null || fail "an input error must not touch files already in --out"

# 3. An --out that cannot be created (its parent is a file; root ignores permission bits, so none are used).
echo "not a folder" >"$tmp/file"
sp diff --from empty --to "$tmp/good.sql" --out "$tmp/file/plan"
((status != 0)) || fail "an --out under a regular file cannot be written and must fail"
expect_status 2 "unwritable --out"
[[ $(cat "$tmp/file") == "not a folder" ]] || fail "the file in the way must not be changed"

# 4. One of the four cannot be written (plan.json is a folder): the other three must not be left behind or changed.
mkdir -p "$tmp/half/plan.json"
echo "-- previous up.sql" >"$tmp/half/up.sql"
sp diff --from empty --to "$tmp/good.sql" --out "$tmp/half"
((status != 0)) || fail "writing plan.json over a folder must fail"
[[ $(cat "$tmp/half/up.sql") == "-- previous up.sql" ]] || fail "a failed --out must leave the old up.sql as it was"
[[ ! -e $tmp/half/down.sql && ! -e $tmp/half/plan.md ]] || fail "a failed --out must not leave some of the files"
leftover=$(find "$tmp/half" -mindepth 1 -not -path "$tmp/half/plan.json" -not -name up.sql)
[[ -z $leftover ]] || fail "a failed --out must not leave temporary files: $leftover"
pass "--out is all or nothing"
