#!/bin/bash
# Nothing to change: up.sql holds no SQL statement (comments are fine), stderr says "no changes", exit 0 —
# in every pairing (files vs files, database vs files, database vs database) and on stdout without --out.
source "$(dirname "$0")/lib.sh"

schema=$repo/tests/cases/identifiers/reserved_words/b.sql
a=$(db a); b=$(db b)
load "$a" "$schema"; load "$b" "$schema"

check() { # DESCRIPTION FROM TO
  sp diff --from "$2" --to "$3" --out "$tmp/out"
  expect_status 0 "$1 with --out"
  expect_stderr "no changes" "$1: stderr should say no changes"
  [[ -f $tmp/out/up.sql ]] || fail "$1: up.sql should be written even when empty"
  ! statements "$tmp/out/up.sql" >/dev/null || fail "$1: up.sql should hold no statement: $(statements "$tmp/out/up.sql" | head -3)"
  rm -rf "$tmp/out"
  sp diff --from "$2" --to "$3"
  expect_status 0 "$1 on stdout"
  expect_stderr "no changes" "$1 on stdout: stderr should say no changes"
  ! statements "$tmp/stdout" >/dev/null || fail "$1: stdout should hold no SQL statement"
}
check "files vs files" "$schema" "$schema"
check "database vs files" "$(url "$a")" "$schema"
check "files vs database" "$schema" "$(url "$a")"
check "database vs database" "$(url "$a")" "$(url "$b")"
check "empty vs empty" empty empty
pass "an empty plan says no changes and holds no statement"
