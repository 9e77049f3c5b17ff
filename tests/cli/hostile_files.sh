#!/bin/bash
# Files that are not what a schema folder should hold: bytes that are not UTF-8, a NUL (a binary file), a
# symbolic link loop. Each is a user error (exit 2) at file:line:col or naming the path, never an internal error,
# with a bounded echo of the source line, and nothing written to --out.
source "$(dirname "$0")/lib.sh"

no_internal() { ! grep -qi 'internal error\|filesystem error\|terminate' "$tmp/stderr" || fail "$1: no internal error expected"; }
nothing_written() { [[ ! -e $tmp/out ]] || fail "$1: nothing may be written to --out"; }

# 1. A Latin-1 byte in a comment string, on line 3: the error names the byte's line and column.
printf 'CREATE TABLE t (id integer);\n\nCOMMENT ON TABLE t IS '"'"'caf\xe9'"'"';\n' >"$tmp/latin1.sql"
sp diff --from empty --to "$tmp/latin1.sql" --out "$tmp/out"
expect_status 2 "a non-UTF-8 byte"
grep -qF "$tmp/latin1.sql:3:27: error: byte 0xE9 is not valid UTF-8" "$tmp/stderr" ||
  fail "the error should be at latin1.sql:3:27 and name the byte"
no_internal "a non-UTF-8 byte"; nothing_written "a non-UTF-8 byte"

# The same file inside a folder source (and a migration-free offline comparison both ways).
mkdir -p "$tmp/schema"
cp "$tmp/latin1.sql" "$tmp/schema/20_latin1.sql"
echo 'CREATE TABLE u (id integer);' >"$tmp/schema/10_ok.sql"
sp diff --from "$tmp/schema" --to empty
expect_status 2 "a non-UTF-8 byte in a folder"
grep -qF "$tmp/schema/20_latin1.sql:3:27: error:" "$tmp/stderr" || fail "the error should name the file in the folder"

# 2. A binary file named .sql: the first NUL is the error, and the echoed "line" is cut to a bounded window.
{ printf 'CREATE TABLE t (id integer);\n'; head -c 200000 /dev/urandom | tr -d '\n\000'; printf '\000rest'; } >"$tmp/blob.sql"
sp diff --from empty --to "$tmp/blob.sql" --out "$tmp/out"
expect_status 2 "a binary file"
grep -qF "$tmp/blob.sql:2:" "$tmp/stderr" || fail "a binary file's error should name its line"
grep -q ': error: ' "$tmp/stderr" || fail "a binary file should be an error"
longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$tmp/stderr")
((longest < 400)) || fail "the echoed line should be cut (longest stderr line: $longest bytes)"
grep -qF '...' "$tmp/stderr" || fail "a cut line should be marked with ..."
no_internal "a binary file"; nothing_written "a binary file"

# A long but valid line with a syntax error far into it is cut around the error, caret still under it.
{ printf 'CREATE TABLE t (id integer'; for _ in $(seq 1 2000); do printf ', c%s integer' "$RANDOM$RANDOM"; done; printf ',, x int);\n'; } >"$tmp/long.sql"
sp diff --from empty --to "$tmp/long.sql"
expect_status 2 "a syntax error far into a long line"
awk '/: error: /{ found = NR; next } found && NR == found + 1 { src = $0 } found && NR == found + 2 { caret = $0; exit }
     END { c = index(caret, "^"); exit !(length(src) < 400 && c > 0 && substr(src, c, 1) == ",") }' "$tmp/stderr" ||
  fail "a long line should be cut around the error with the caret under the second comma"

# 3. A folder holding a symbolic link back to itself: the error names the link.
mkdir -p "$tmp/looped/sub"
echo 'CREATE TABLE a (id integer);' >"$tmp/looped/sub/a.sql"
ln -s "$tmp/looped" "$tmp/looped/sub/again"
sp diff --from empty --to "$tmp/looped" --out "$tmp/out"
expect_status 2 "a symbolic link loop"
grep -qF "symbolic link loop: $tmp/looped/sub/again leads back to $tmp/looped" "$tmp/stderr" ||
  fail "the error should name the link that closes the loop"
no_internal "a symbolic link loop"; nothing_written "a symbolic link loop"

# A link to itself (it cannot be resolved at all).
rm "$tmp/looped/sub/again"
ln -s "$tmp/looped/sub/self.sql" "$tmp/looped/sub/self.sql"
sp diff --from empty --to "$tmp/looped"
expect_status 2 "a self-referencing link"
grep -qF "cannot read $tmp/looped/sub/self.sql: too many levels of symbolic links" "$tmp/stderr" ||
  fail "the error should name the link that cannot be resolved"
no_internal "a self-referencing link"
pass "non-UTF-8 bytes, binary files and symbolic link loops are user errors at their place, exit 2"
