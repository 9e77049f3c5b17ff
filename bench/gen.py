#!/usr/bin/env python3
"""Writes the benchmark's pair of schemas (a.sql, b.sql) as plain DDL text.

  gen.py tables N OUTDIR           N tables in public
  gen.py tenants S T OUTDIR        S schemas (tenant_0000 ...) of T identical tables each
  gen.py views N V OUTDIR          N tables in public, then V views over them (every fifth a view on the view
                                   before it) and V/10 SQL functions that some views call

Every table has 10 columns, a primary key, a foreign key to the table before it (a chain, so the planner has
real dependencies to order) and 2 indexes; 20 enums are shared by all of them. Side B is side A with 5% of the
tables changed (a column added, a type widened, an index replaced or a default changed, in turn), 1% more
tables and 0.25% fewer. The choice is by a table's global number, so the output is a pure function of the
arguments (the same on every run and machine) and the tenant variant changes the same share of tables.
Text only: loading it is psql's job, which is what a developer would time against.
"""
import os
import sys

ENUMS = 20
LABELS = ["new", "active", "paused", "closed", "archived"]


def changed(g):
    return g % 20 == 7  # 5%


def dropped(g):
    return g % 400 == 13  # 0.25%


def enums(out):
    for e in range(ENUMS):
        labels = ", ".join(f"'{l}_{e}'" for l in LABELS)
        out.append(f"CREATE TYPE public.status_{e} AS ENUM ({labels});\n")


def table(out, schema, i, g, side_b, ref_exists):
    """Table number i of `schema` (global number g); on side B it may be changed. `ref_exists`: whether the
    table it points to is there on this side (a dropped table takes its referrers' foreign keys with it)."""
    q = f"{schema}.t{i}"
    variant = (g // 20) % 4 if side_b and changed(g) else -1
    score = "bigint" if variant == 1 else "integer"
    default = "'none'" if variant == 3 else "''"
    cols = [
        "id bigint NOT NULL",
        "ref_id bigint",
        "name text NOT NULL",
        f"label text NOT NULL DEFAULT {default}",
        f"state public.status_{g % ENUMS} NOT NULL DEFAULT 'new_{g % ENUMS}'",
        f"score {score}",
        "amount numeric(12,2) DEFAULT 0",
        "created_at timestamp with time zone NOT NULL DEFAULT now()",
        "active boolean NOT NULL DEFAULT true",
        "payload jsonb",
    ]
    if variant == 0:
        cols.append("extra text")
    out.append(f"CREATE TABLE {q} (\n  " + ",\n  ".join(cols) + f",\n  CONSTRAINT t{i}_pkey PRIMARY KEY (id)\n);\n")
    out.append(f"CREATE INDEX t{i}_name_idx ON {q} (name);\n")
    if variant == 2:
        out.append(f"CREATE INDEX t{i}_created_idx ON {q} (created_at DESC);\n")
    else:
        out.append(f"CREATE INDEX t{i}_state_idx ON {q} (state, created_at);\n")
    if i > 0 and ref_exists:
        out.append(f"ALTER TABLE {q} ADD CONSTRAINT t{i}_ref_fk FOREIGN KEY (ref_id) REFERENCES {schema}.t{i - 1} (id);\n")


def side(schemas, per_schema, side_b):
    out = []
    enums(out)
    g0 = 0
    for schema in schemas:
        if schema != "public":
            out.append(f"CREATE SCHEMA {schema};\n")
        tables = []
        for i in range(per_schema):
            g = g0 + i
            if side_b and dropped(g):
                continue
            prev_gone = side_b and i > 0 and dropped(g - 1)
            tables.append((i, g, not prev_gone))
        # Tables first, foreign keys after: what pg_dump does, and what lets psql -f load the file in order.
        body, fks = [], []
        for i, g, ref in tables:
            part = []
            table(part, schema, i, g, side_b, ref)
            for stmt in part:
                (fks if stmt.startswith("ALTER TABLE") else body).append(stmt)
        if side_b:
            for k in range(max(1, per_schema // 100) if len(schemas) == 1 else (1 if (g0 // per_schema) % 2 == 0 else 0)):
                table(body, schema, per_schema + k, g0 + per_schema + k, False, False)
        out += body + fks
        g0 += per_schema
    return "".join(out)


def view_changed(j):
    return j % 20 == 11  # 5% of the views, a different 5% from the tables


def views(out, tables, count, side_b):
    """`count` views over the `tables` tables (skipping any dropped on this side), every fifth one a view on the
    view before it, and one SQL function per ten views that every tenth view calls; on side B 5% of the views
    select one more column and 1% of the functions change their body (what a view-heavy schema's migration
    looks like: CREATE OR REPLACE and the recreation of what depends on it)."""
    def base(k):  # the same table on both sides: one side B drops is replaced by the one before it
        t = k % tables
        return t - 1 if dropped(t) else t

    for f in range(count // 10):
        t = base(f)
        body = f"SELECT count(*) FROM public.t{t} WHERE score > $1" + (" + 1" if side_b and f % 100 == 3 else "")
        out.append(f"CREATE FUNCTION public.f{f}(integer) RETURNS bigint LANGUAGE sql STABLE AS $$ {body} $$;\n")
    for j in range(count):
        extra = ", v.amount" if side_b and view_changed(j) else ""
        if j % 5 == 4:
            out.append(f"CREATE VIEW public.v{j} AS SELECT w.id, w.name, w.label AS tag FROM public.v{j - 1} w "
                       f"WHERE w.id > {j};\n")
            continue
        t = base(j)
        call = f", public.f{j // 10}(v.score) AS hits" if j % 10 == 0 and j // 10 < count // 10 else ""
        out.append(f"CREATE VIEW public.v{j} AS SELECT v.id, v.name, v.label, v.state{call}{extra} "
                   f"FROM public.t{t} v WHERE v.active;\n")


def main():
    args = sys.argv[1:]
    if len(args) == 3 and args[0] == "tables":
        schemas, per = ["public"], int(args[1])
    elif len(args) == 4 and args[0] == "tenants":
        schemas, per = [f"tenant_{s:04d}" for s in range(int(args[1]))], int(args[2])
    elif len(args) == 4 and args[0] == "views":
        schemas, per = ["public"], int(args[1])
    else:
        sys.exit(__doc__)
    outdir = args[-1]
    os.makedirs(outdir, exist_ok=True)
    for name, b in (("a.sql", False), ("b.sql", True)):
        with open(os.path.join(outdir, name), "w") as f:
            f.write(side(schemas, per, b))
            if args[0] == "views":
                extra = []
                views(extra, per, int(args[2]), b)
                f.write("".join(extra))


if __name__ == "__main__":
    main()
