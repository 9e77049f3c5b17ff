#!/bin/bash
# The Debian package (cmake/packaging.cmake): cpack makes schemaplan_<version>_<arch>.deb from this build tree,
# its Depends line names the libraries the binary links, `apt-get install ./schemaplan_*.deb` installs it with
# them, and the installed /usr/bin/schemaplan plans the bundled payments example (shipped in the package's doc
# folder) exactly as the build tree's binary does: offline, from a live database, and its drift check. The package
# is removed again at the end. Installing needs root (scripts/test runs as root on CI); as another user the test
# says so and is skipped.
source "$(dirname "$0")/lib.sh"

if ((EUID != 0)); then
  echo "SKIP: installing a .deb needs root (scripts/test runs as root on CI)"
  exit 77
fi
build_dir=$(dirname "$SCHEMAPLAN")
[[ -f $build_dir/CPackConfig.cmake ]] || fail "no CPackConfig.cmake beside $SCHEMAPLAN (configure with cmake first)"
if dpkg-query -W -f='${Status}' schemaplan 2>/dev/null | grep -q 'install ok installed'; then
  fail "a schemaplan package is installed already: this test installs and removes its own, remove that one first"
fi
remove_package() { dpkg -r schemaplan >/dev/null 2>&1; cleanup; }
trap remove_package EXIT

# Make the package from the build tree into the test's folder.
(cd "$tmp" && timeout 300 cpack --config "$build_dir/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.out" 2>&1) ||
  { cat "$tmp/cpack.out" >&2; fail "cpack failed"; }
version=$("$SCHEMAPLAN" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
deb="$tmp/pkg/schemaplan_${version}_${arch}.deb"
[[ -f $deb ]] || { ls -l "$tmp/pkg" >&2; fail "expected $deb"; }

# Its metadata: the runtime libraries come from dpkg-shlibdeps, each with the package that provides it here.
depends=$(dpkg-deb -f "$deb" Depends)
# jemalloc when the build links it (SCHEMAPLAN_JEMALLOC, on by default; cli/malloc_conf.cpp).
libs=(libpqxx-6.4.so libpq.so.5 libpg_query.so libyaml-cpp.so libssl.so.3 libstdc++.so.6)
ldd "$SCHEMAPLAN" | grep -q '^[[:space:]]*libjemalloc.so' && libs+=(libjemalloc.so)
for lib in "${libs[@]}"; do
  path=$(ldd "$SCHEMAPLAN" | awk -v l="$lib" 'index($1, l) == 1 {print $3}')
  [[ -n $path ]] || fail "the binary does not link $lib"
  pkg=$(dpkg -S "$(readlink -f "$path")" | head -1 | cut -d: -f1)
  sed 's/, /\n/g; s/ ([^)]*)//g' <<<"$depends" | grep -qxF "$pkg" || fail "Depends should name $pkg (for $lib): $depends"
done
[[ $(dpkg-deb -f "$deb" Package) == schemaplan ]] || fail "package name"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/schemaplan ./usr/share/doc/schemaplan/README.md ./usr/share/doc/schemaplan/docs/hazards.md \
         ./usr/share/doc/schemaplan/examples/payments/v1/10_users.sql; do
  grep -qF " $f" <<<"$contents" || fail "the package should hold $f"
done
# Stripped: the tree's binary carries its debug info, the package's must not.
size=$(dpkg-deb -I "$deb" | awk '/Installed-Size/ {print $2}')
((size < 60000)) || fail "Installed-Size $size KiB: the binary should be stripped"

# Install it the way a user would; apt resolves the dependencies.
apt-get install -y -q -o DPkg::Lock::Timeout=120 "$deb" >"$tmp/apt.out" 2>&1 || { cat "$tmp/apt.out" >&2; fail "apt-get install $deb"; }
[[ -x /usr/bin/schemaplan ]] || fail "/usr/bin/schemaplan is not installed"
[[ $(/usr/bin/schemaplan --version) == "$("$SCHEMAPLAN" --version)" ]] || fail "installed version differs"
ex=/usr/share/doc/schemaplan/examples/payments

# Offline: the installed binary and the tree's write the same plan from the installed example.
/usr/bin/schemaplan diff --from "$ex/v1" --to "$ex/v2" --out "$tmp/installed" >"$tmp/stdout" 2>"$tmp/stderr" ||
  fail "installed schemaplan diff on the payments example"
"$SCHEMAPLAN" diff --from "$ex/v1" --to "$ex/v2" --out "$tmp/tree" >/dev/null 2>&1 || fail "tree schemaplan diff"
for f in up.sql down.sql plan.md plan.json; do
  cmp -s "$tmp/installed/$f" "$tmp/tree/$f" || fail "$f differs between the installed and the tree's binary"
done
grep -q 'CREATE' "$tmp/installed/up.sql" || fail "the payments plan should create something"

# From a live database (libpqxx, libpq): v1 loaded, the plan to v2 is the same, then the drift check says v1.
# The example's files are in no particular order, so v1 goes in through the installed binary's own plan.
d=$(db v1)
/usr/bin/schemaplan diff --from "$(url "$d")" --to "$ex/v1" >"$tmp/v1.sql" 2>"$tmp/stderr" || fail "installed schemaplan: plan v1"
load "$d" "$tmp/v1.sql"
/usr/bin/schemaplan diff --from "$(url "$d")" --to "$ex/v2" >"$tmp/installed_db.sql" 2>"$tmp/stderr" ||
  fail "installed schemaplan diff from a database"
"$SCHEMAPLAN" diff --from "$(url "$d")" --to "$ex/v2" >"$tmp/tree_db.sql" 2>/dev/null || fail "tree schemaplan diff from a database"
cmp -s "$tmp/installed_db.sql" "$tmp/tree_db.sql" || fail "database plans differ between the installed and the tree's binary"
status=0; /usr/bin/schemaplan drift --db "$(url "$d")" --schema "$ex/v1" >"$tmp/stdout" 2>"$tmp/stderr" || status=$?
expect_status 0 "the database holds v1: no drift"
status=0; /usr/bin/schemaplan drift --db "$(url "$d")" --schema "$ex/v2" >"$tmp/stdout" 2>"$tmp/stderr" || status=$?
expect_status 1 "the database holds v1, the schema is v2: drift"

dpkg -r schemaplan >/dev/null 2>&1 || fail "dpkg -r schemaplan"
[[ ! -e /usr/bin/schemaplan ]] || fail "/usr/bin/schemaplan left after removal"
pass "package: $(basename "$deb"), Depends: $depends"
