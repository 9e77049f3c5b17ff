#!/bin/bash
# schemaplan lint on migrations written the way Prisma Migrate generates them (quoted identifiers, `-- CreateTable`
# comments, one migration.sql per folder, the file sent as one query): each finding, exit codes, every format
# parses, and every safe form lint suggests is applied on the server and must give the same schema as the
# statement it replaces (schemaplan diff --exit-code between the two databases).
source "$(dirname "$0")/lib.sh"

m="$tmp/prisma/migrations"
mkdir -p "$m/20250101000000_init" "$m/20250201000000_audit" "$m/20250301000000_concurrently"
echo 'provider = "postgresql"' >"$m/migration_lock.toml"
cat >"$m/20250101000000_init/migration.sql" <<'EOF'
-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "views" INTEGER NOT NULL DEFAULT 0,
    "authorId" INTEGER NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
EOF
cat >"$m/20250201000000_audit/migration.sql" <<'EOF'
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "token" UUID NOT NULL DEFAULT gen_random_uuid();

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "title" SET NOT NULL;

-- AddCheck (added by hand)
ALTER TABLE "Post" ADD CONSTRAINT "Post_title_len" CHECK (length("title") > 0);

-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "views" SET DATA TYPE BIGINT;

-- AddUnique (added by hand)
ALTER TABLE "Post" ADD CONSTRAINT "Post_title_key" UNIQUE ("title");

-- DropIndex (added by hand)
DROP INDEX "User_name_idx";
EOF
cat >"$m/20250301000000_concurrently/migration.sql" <<'EOF'
-- AlterTable
ALTER TABLE "Post" ADD COLUMN "slug" TEXT;

-- CreateIndex
CREATE INDEX CONCURRENTLY "Post_slug_idx" ON "Post"("slug");

-- schemaplan:allow table-rewrite the table is tiny
ALTER TABLE "Post" ALTER COLUMN "slug" TYPE VARCHAR(40);
EOF
audit="$m/20250201000000_audit/migration.sql"

# The database as it stands before the audit migration, with rows (so scans and rewrites have work to do).
base=$(db base)
load "$base" "$m/20250101000000_init/migration.sql"
psql_ -d "$base" -c "INSERT INTO \"User\" (email, name) SELECT 'u' || g || '@x', 'n' || g FROM generate_series(1, 2000) g;
  INSERT INTO \"Post\" (title, \"authorId\") SELECT 'post ' || g, 1 + g % 2000 FROM generate_series(1, 4000) g; ANALYZE"

# Without --db: the schema comes from the migrations before this one.
sp lint "$audit" --format json
expect_status 0 "warnings only"
python3 -m json.tool "$tmp/stdout" >/dev/null || fail "--format json is valid JSON"
cp "$tmp/stdout" "$tmp/offline.json"
codes() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(f["code"] for f in r["files"][0]["statements"][int(sys.argv[2])]["findings"]))' "$@"; }
[[ $(codes "$tmp/offline.json" 0) == *table-rewrite* ]] || fail "a volatile default rewrites the table: $(codes "$tmp/offline.json" 0)"
[[ $(codes "$tmp/offline.json" 0) == *missing-timeout* ]] || fail "no lock_timeout before the first lock on an existing table"
[[ $(codes "$tmp/offline.json" 1) == index-build ]] || fail "CREATE INDEX on an existing table: $(codes "$tmp/offline.json" 1)"
[[ $(codes "$tmp/offline.json" 3) == full-table-scan ]] || fail "foreign key without NOT VALID: $(codes "$tmp/offline.json" 3)"
[[ $(codes "$tmp/offline.json" 4) == full-table-scan ]] || fail "SET NOT NULL: $(codes "$tmp/offline.json" 4)"
[[ $(codes "$tmp/offline.json" 5) == full-table-scan ]] || fail "CHECK without NOT VALID: $(codes "$tmp/offline.json" 5)"
[[ $(codes "$tmp/offline.json" 6) == table-rewrite ]] || fail "type change: $(codes "$tmp/offline.json" 6)"
[[ $(codes "$tmp/offline.json" 7) == *index-build* ]] || fail "unique constraint without an index: $(codes "$tmp/offline.json" 7)"
[[ $(codes "$tmp/offline.json" 8) == access-exclusive-lock ]] || fail "DROP INDEX without CONCURRENTLY: $(codes "$tmp/offline.json" 8)"
pass "findings on a Prisma migration, judged against the migrations before it"

# With --db: the same findings, plus each table's rows and size.
sp lint "$audit" --db "$(url "$base")" --format json
expect_status 0 "warnings only, with --db"
cp "$tmp/stdout" "$tmp/db.json"
python3 - "$tmp/db.json" "$tmp/offline.json" <<'EOF' || fail "--db gives the rows and size of the locked tables, and the same findings"
import json, sys
r = json.load(open(sys.argv[1]))
locks = {l["table"]: l for s in r["files"][0]["statements"] for l in s["locks"]}
assert locks['public."User"']["rows"] == 2000, locks
assert locks['public."Post"']["rows"] == 4000, locks
assert locks['public."Post"']["bytes"] > 0, locks
codes = lambda r: [[f["code"] for f in s["findings"]] for s in r["files"][0]["statements"]]
assert codes(r) == codes(json.load(open(sys.argv[2]))), (codes(r))
EOF
pass "--db adds rows and sizes"

# Every safe form runs on the server where the original statement would, and gives the same schema: one
# database takes the original statements, one the safe forms in their place (as planned from the migrations
# before), one the safe forms planned from the database (--db); then schemaplan diff --exit-code compares each
# with the original. Each statement's safe form is run right after the same statements before it.
python3 - "$tmp" <<'EOF'
import json, sys
t = sys.argv[1]
for name in ("offline", "db"):
    r = json.load(open(f"{t}/{name}.json"))
    with open(f"{t}/{name}_chain.sql", "w") as out:
        for s in r["files"][0]["statements"]:
            out.write(s["safe_form"] or (s["text"] + ";\n"))
    with open(f"{t}/{name}_count", "w") as out:
        out.write(str(sum(1 for s in r["files"][0]["statements"] if s["safe_form"])))
with open(f"{t}/orig_chain.sql", "w") as out:
    for s in json.load(open(f"{t}/offline.json"))["files"][0]["statements"]:
        out.write(s["text"] + ";\n")
EOF
[[ $(cat "$tmp/offline_count") == 9 && $(cat "$tmp/db_count") == 9 ]] ||
  fail "expected a safe form for each of the 9 statements ($(cat "$tmp/offline_count") offline, $(cat "$tmp/db_count") with --db)"
for chain in orig offline db; do
  d=${prefix}_$chain
  dropdb --if-exists "$d" >/dev/null 2>&1
  createdb -S file_copy -T "$base" "$d" || fail "cannot copy the base database"
  created_dbs+=("$d")
  psql_ -d "$d" -f "$tmp/${chain}_chain.sql" >"$tmp/chain.out" 2>&1 || { cat "$tmp/chain.out" >&2; fail "the $chain statements do not run"; }
done
for chain in offline db; do
  sp diff --from "$(url "${prefix}_$chain")" --to "$(url "${prefix}_orig")" --exit-code
  ((status == 0)) || fail "the safe forms ($chain) give another schema than the original statements"
done
pass "the 9 safe forms, planned from the migrations before and from --db, run on the server and give the statements' schema"

# Formats.
sp lint "$audit" --format sarif
python3 - "$tmp/stdout" <<'EOF' || fail "--format sarif is a SARIF 2.1.0 log with rules and located results"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["version"] == "2.1.0" and "$schema" in s
run = s["runs"][0]
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
assert "index-build" in ids and all(r["shortDescription"]["text"] for r in run["tool"]["driver"]["rules"])
for res in run["results"]:
    assert res["ruleId"] in ids and ids[res["ruleIndex"]] == res["ruleId"]
    assert res["level"] in ("error", "warning", "note") and res["message"]["text"]
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("migration.sql") and loc["region"]["startLine"] >= 1
EOF
sp lint "$audit" --format github
grep -q "^::warning file=.*20250201000000_audit/migration.sql,line=5,col=1,title=schemaplan lint%3A index-build::" "$tmp/stdout" ||
  fail "--format github annotates the CREATE INDEX line"
sp lint "$audit" --format markdown
grep -q '```sql' "$tmp/stdout" && grep -q 'CREATE INDEX CONCURRENTLY' "$tmp/stdout" || fail "--format markdown shows the safe forms"
sp lint "$audit"
grep -qE "migration.sql:5:1: warning: index-build: " "$tmp/stdout" || fail "text: file:line:col: severity: code: message"
grep -q '^    CREATE INDEX CONCURRENTLY "User_name_idx" ON public."User" USING btree (name);' "$tmp/stdout" ||
  fail "text: the safe form indented under the finding"
pass "text, json, markdown, github and sarif"

# Exit codes: --fail-on, an error finding (CONCURRENTLY inside Prisma's one-query transaction), bad input.
sp lint "$audit" --fail-on index-build
expect_status 1 "--fail-on index-build"
sp lint "$audit" --fail-on deletes-data
expect_status 0 "--fail-on a code no finding has"
sp lint "$audit" --fail-on no-such-code
expect_status 2 "--fail-on an unknown code"
expect_stderr "no-such-code" "the usage error names the code"
sp lint "$m/20250301000000_concurrently/migration.sql" --format json
expect_status 1 "CREATE INDEX CONCURRENTLY inside the transaction Prisma runs the file in"
[[ $(codes "$tmp/stdout" 1) == transaction-block ]] || fail "transaction-block on the concurrent index: $(codes "$tmp/stdout" 1)"
python3 -c 'import json,sys; f=[x for x in json.load(open(sys.argv[1]))["files"][0]["statements"][2]["findings"] if x["code"]=="table-rewrite"]; assert f and f[0]["allowed"] and f[0]["allow_reason"]=="the table is tiny", f' "$tmp/stdout" ||
  fail "the allow comment suppresses table-rewrite and the report keeps it with its reason"
sp lint migrations:"$m" --format json
expect_status 1 "the whole directory holds the error"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert len(r["files"])==3, len(r["files"])' "$tmp/stdout" || fail "migrations:DIR lints every migration"
printf -- '-- CreateIndex\nCREATE INDEX "Post_body_idx" ON "Post"("body");\n' >"$tmp/missing.sql"
sp lint "$tmp/missing.sql" --db "$(url "$base")"
expect_status 1 "with --db, an index on a column the table does not have fails"
grep -q 'missing.sql:2:1: error: statement-fails: .*body' "$tmp/stdout" || fail "statement-fails names the missing column"
sp lint "$tmp/missing.sql"
expect_status 0 "without --db, lint cannot know the column is missing"
sp lint "$audit" --format yaml
expect_status 2 "an unknown format"
sp lint
expect_status 2 "no input"
printf 'CREATE TABLE (;\n' >"$tmp/bad.sql"
sp lint "$tmp/bad.sql"
expect_status 2 "a syntax error"
expect_stderr "bad.sql:1:" "the syntax error is located"
pass "exit codes"
