#!/bin/bash
# Malformed SQL: "file:line:col: error: message", the source line and a caret under the column, exit status 2;
# in a folder source the error names the file inside the folder.
source "$(dirname "$0")/lib.sh"

mkdir -p "$tmp/schema"
cat >"$tmp/schema/10_ok.sql" <<'SQL'
CREATE TABLE fine (id integer PRIMARY KEY);
SQL
cat >"$tmp/schema/20_bad.sql" <<'SQL'
-- a comment line
CREATE TABLE also_fine (id integer);
CREATE TABLE broken (id integer,, x int);
CREATE TABLE after_the_error (id integer);
SQL
bad_line='CREATE TABLE broken (id integer,, x int);'
prefix_len=${bad_line%%,,*}
want_col=$((${#prefix_len} + 2)) # the second comma, where PostgreSQL's parser stops

check() { # SOURCE EXPECTED_FILE_IN_MESSAGE
  sp diff --from empty --to "$1"
  expect_status 2 "malformed SQL in $1"
  local loc="$2:3:$want_col: error: "
  grep -qF -- "$loc" "$tmp/stderr" || fail "stderr should hold '$loc...' (file:line:col of the second comma)"
  # The line after the message holds the source line; the one after it a caret under column $want_col.
  awk -v loc="$loc" -v text="CREATE TABLE broken" -v col="$want_col" '
    index($0, loc) { found = NR; next }
    found && !src && index($0, text) { src = NR; start = index($0, text); next }
    src && NR == src + 1 { caret = substr($0, start + col - 1, 1); exit }
    END { exit !(found && src && caret == "^") }' "$tmp/stderr" \
    || fail "stderr should show the source line and a caret under column $want_col"
  ! grep -qi 'create table' "$tmp/stdout" || fail "no SQL may be printed when the input is malformed"
}
check "$tmp/schema/20_bad.sql" "20_bad.sql"
check "$tmp/schema" "20_bad.sql"
grep -qF "$tmp/schema/20_bad.sql:3:" "$tmp/stderr" || grep -qF "schema/20_bad.sql:3:" "$tmp/stderr" \
  || fail "the error in a folder source should name the file's path inside the folder"

# Messages start lower-case after "error: " (STYLE.md) and there is one error, not a cascade of them.
! grep -E ': error: [A-Z]' "$tmp/stderr" || fail "diagnostic messages start lower-case"
pass "malformed SQL is reported at file:line:col with a caret, exit 2"
