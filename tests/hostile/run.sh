#!/bin/bash
# Property test over hostile identifiers: generates round-trip cases whose every name is hostile (generate.py:
# quotes, spaces, dots, newlines, comment starters, unicode, reserved words, names differing only in case, names
# past 63 bytes and generated names colliding after the cut, across every object kind) and runs the round-trip
# oracle over them.
#
#   run.sh MODE [CASES] [SEED]      MODE: db, sql or offline (see tests/oracle/roundtrip.sh); CASES default 6
#
# The seed is fixed (default 12) so a failure reproduces: rerun with the same arguments and RT_KEEP=1, or write
# the cases out with `generate.py DIR CASES SEED` and run roundtrip.sh on one of them. Environment: as roundtrip.sh.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mode=${1:?usage: run.sh db|sql|offline [CASES] [SEED]}
cases=${2:-6} seed=${3:-12}
work=$(mktemp -d "${TMPDIR:-/tmp}/hostile.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$work/hostile" "$cases" "$seed" || { echo "FAIL: generate.py failed" >&2; exit 1; }
n=$(find "$work/hostile" -mindepth 1 -maxdepth 1 -type d | wc -l)
((n == cases)) || { echo "FAIL: generate.py wrote $n cases, not $cases" >&2; exit 1; }
bash "$here/../oracle/roundtrip.sh" "$mode" "$work/hostile"
