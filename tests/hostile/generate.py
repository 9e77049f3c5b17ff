#!/usr/bin/env python3
"""Writes round-trip cases (a.sql, b.sql) whose every name is hostile, for tests/hostile/run.sh.

  generate.py OUTDIR [CASES] [SEED]

Names hold double quotes, spaces, dots, a newline, SQL comment starters, format braces, non-ASCII letters and
an emoji; some are reserved words, some differ from a sibling only in case, some pass 63 bytes (PostgreSQL keeps
the first 63, cutting at a character boundary) and some make PostgreSQL's generated names (`<table>_<col>_key`)
collide after the cut, so that it numbers them. Every object kind a schema commonly holds gets such a name:
schema, table, column, constraints of each kind, index, sequence, view, materialized view, enum (and its labels),
domain, composite type (and its attributes), function (and its parameters), procedure, trigger, policy, rule,
statistics, collation, text search configuration, publication, aggregate, range type, foreign data wrapper, server
and foreign table, event trigger, comment, grant; a column is renamed with a `schemaplan:renamed-from` hint.

Each case is side A and a side B that changes part of it (columns added and dropped, defaults, an enum label
added, a function body, an index and a view replaced, objects dropped and created) or is empty, so that the
planner creates, alters and drops objects with these names, and the oracle checks up.sql and down.sql by
applying them. The output is a pure function of the arguments (random.Random(SEED)).
"""
import os
import random
import sys

# The raw names (what PostgreSQL stores); quoted below with ident().
HOSTILE = [
    'Mixed Case',
    'with "quotes"',
    'dot.ted.name',
    'select',
    'user',
    'order',
    'naïve café',
    '名前',
    '🐘 elephant',
    'line\nbreak',
    'semi;colon -- not a comment',
    '/* star */',
    "it's",
    '{braces} %s $1',
    'back\\slash',
    ' padded ',
    '"',
    'tab\there',
    'was -- schemaplan:renamed-from x',  # not a rename hint: it is inside a quoted name (or a string)
    'x' * 70,                      # cut to 63 bytes by PostgreSQL
    'é' * 40,                      # 80 bytes: cut to 62 (a whole character)
    'ü' * 31 + 'ab',               # 64 bytes: the cut keeps the 'a' and drops the 'b'
]
RESERVED = ['table', 'check', 'default', 'from', 'group', 'limit', 'primary', 'end']


def ident(name):
    return '"' + name.replace('"', '""') + '"'


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def pg_cut(name):
    """The name PostgreSQL keeps: at most 63 bytes, cut at a character boundary."""
    raw = name.encode()
    if len(raw) <= 63:
        return name
    cut = 63
    while cut > 0 and (raw[cut] & 0xC0) == 0x80:
        cut -= 1
    return raw[:cut].decode()


class Names:
    """Draws distinct names (distinct after the 63-byte cut, and per namespace) from the pools."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def draw(self, extra=''):
        pool = HOSTILE + RESERVED
        for _ in range(1000):
            base = self.rng.choice(pool)
            # Vary it so several objects of a case can draw the same hostile shape.
            name = base if self.rng.random() < 0.5 else self.rng.choice(['', 'Ä', 'x ', '"', '.']) + base + extra
            if pg_cut(name) not in self.used:
                self.used.add(pg_cut(name))
                return name
        raise RuntimeError('name pool exhausted')


def case(rng, index):
    n = Names(rng)
    s = n.draw()                      # schema
    t, t2, lt = n.draw(), n.draw(), None
    # Names that differ only in case: a second table named like the first in the other case, when it has letters.
    twin = t.swapcase() if t.swapcase() != t and pg_cut(t.swapcase()) not in n.used else None
    if twin:
        n.used.add(pg_cut(twin))
    c1, c2, c3, c4, c5, c6 = (n.draw() for _ in range(6))
    k_check, k_fk, k_uniq, idx, view, mview = (n.draw() for _ in range(6))
    seq, enum, dom, comp, f1, f2 = (n.draw() for _ in range(6))
    fn, trig_fn, proc, trig, pol, rule = (n.draw() for _ in range(6))
    stat, coll, tsc, pub, param = (n.draw() for _ in range(5))
    agg, fdw, server, ftable, evt, rng_type = (n.draw() for _ in range(6))
    # A column whose name differs from another's of the same table only in case, when the name has letters.
    c6_twin = c6.swapcase() if c6.swapcase() != c6 and pg_cut(c6.swapcase()) not in n.used else None
    if c6_twin:
        n.used.add(pg_cut(c6_twin))
    c6_renamed = next(x for x in iter(n.draw, None) if '\n' not in x)  # a hint is a line comment: no newline
    # Enum labels are not cut: PostgreSQL refuses one longer than 63 bytes.
    short = lambda: next(x for x in iter(n.draw, None) if len(x.encode()) <= 63)
    labels = [short() for _ in range(3)]
    new_label = short()
    q = lambda obj: f'{ident(s)}.{ident(obj)}'

    # Two long names sharing their first 60 bytes: PostgreSQL's generated names for their unique constraints
    # (<table>_<column>_key, cut to 63 bytes) collide, and it numbers the second.
    long_table = 'long_' + 'ß' * 30 + str(index)
    long_a = 'shared_prefix_' + 'ü' * 20 + '_alpha'
    long_b = 'shared_prefix_' + 'ü' * 20 + '_beta'

    a = []
    a.append(f'CREATE SCHEMA {ident(s)};')
    a.append(f'CREATE TYPE {q(enum)} AS ENUM ({", ".join(literal(l) for l in labels)});')
    a.append(f'CREATE DOMAIN {q(dom)} AS text CONSTRAINT {ident(k_check)} CHECK (VALUE <> {literal(labels[0])});')
    a.append(f'CREATE TYPE {q(comp)} AS ({ident(f1)} integer, {ident(f2)} text);')
    a.append(f'CREATE SEQUENCE {q(seq)} START 7;')
    a.append(f'CREATE COLLATION {q(coll)} (provider = icu, locale = {literal("de-u-co-phonebk")});')
    a.append(f'CREATE TABLE {q(t)} (\n'
             f'  {ident(c1)} integer PRIMARY KEY DEFAULT nextval({literal(q(seq))}),\n'
             f'  {ident(c2)} text NOT NULL DEFAULT {literal(labels[1])} COLLATE {q(coll)},\n'
             f'  {ident(c3)} {q(enum)},\n'
             f'  {ident(c4)} {q(dom)},\n'
             f'  {ident(c5)} {q(comp)},\n'
             f'  CONSTRAINT {ident(k_check)} CHECK (length({ident(c2)}) < 100),\n'
             f'  CONSTRAINT {ident(k_uniq)} UNIQUE ({ident(c2)}, {ident(c3)})\n);')
    a.append(f'ALTER SEQUENCE {q(seq)} OWNED BY {q(t)}.{ident(c1)};')
    if twin:
        a.append(f'CREATE TABLE {q(twin)} ({ident(c1)} bigint PRIMARY KEY);')
    def table2(column, hint=''):
        twin_col = f'\n  {ident(c6_twin)} text' if c6_twin else ''
        return (f'CREATE TABLE {q(t2)} (\n  {ident(c1)} integer PRIMARY KEY,\n  {ident(column)} integer '
                f'CONSTRAINT {ident(k_fk)} REFERENCES {q(t)} ({ident(c1)}) ON DELETE CASCADE'
                f'{"," if c6_twin else ""}{hint}{twin_col}\n);')
    a.append(table2(c6))
    a.append(f'CREATE TABLE {q(long_table)} ({ident(long_a)} integer UNIQUE, {ident(long_b)} integer UNIQUE);')
    a.append(f'CREATE INDEX {ident(idx)} ON {q(t)} ({ident(c2)} DESC) WHERE {ident(c3)} IS NOT NULL;')
    a.append(f'CREATE STATISTICS {q(stat)} ON {ident(c2)}, {ident(c3)} FROM {q(t)};')
    a.append(f'CREATE VIEW {q(view)} AS SELECT {ident(c1)}, {ident(c2)} AS {ident(c6)} FROM {q(t)};')
    a.append(f'CREATE MATERIALIZED VIEW {q(mview)} AS SELECT {ident(c1)} FROM {q(t2)};')
    a.append(f'CREATE FUNCTION {q(fn)}({ident(param)} integer) RETURNS integer LANGUAGE sql IMMUTABLE '
             f'AS $$ SELECT {ident(param)} + 1 $$;')
    a.append(f'CREATE FUNCTION {q(trig_fn)}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;')
    a.append(f'CREATE PROCEDURE {q(proc)}({ident(param)} text) LANGUAGE sql AS $$ SELECT {ident(param)} $$;')
    a.append(f'CREATE TRIGGER {ident(trig)} BEFORE INSERT ON {q(t)} FOR EACH ROW EXECUTE FUNCTION {q(trig_fn)}();')
    a.append(f'ALTER TABLE {q(t)} ENABLE ROW LEVEL SECURITY;')
    a.append(f'CREATE POLICY {ident(pol)} ON {q(t)} USING ({ident(c1)} > 0);')
    a.append(f'CREATE RULE {ident(rule)} AS ON DELETE TO {q(t2)} DO INSTEAD NOTHING;')
    a.append(f'CREATE TEXT SEARCH CONFIGURATION {q(tsc)} (COPY = pg_catalog.simple);')
    a.append(f'CREATE PUBLICATION {ident(pub)} FOR TABLE {q(t2)};')
    a.append(f'CREATE AGGREGATE {q(agg)}(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = {literal("0")});')
    a.append(f'CREATE TYPE {q(rng_type)} AS RANGE (SUBTYPE = integer);')
    a.append(f'CREATE FOREIGN DATA WRAPPER {ident(fdw)};')
    a.append(f'CREATE SERVER {ident(server)} FOREIGN DATA WRAPPER {ident(fdw)};')
    a.append(f'CREATE FOREIGN TABLE {q(ftable)} ({ident(c1)} integer, {ident(c2)} text) SERVER {ident(server)};')
    a.append(f'CREATE FUNCTION {q(evt)}() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;')
    a.append(f'CREATE EVENT TRIGGER {ident(evt)} ON ddl_command_end EXECUTE FUNCTION {q(evt)}();')
    a.append(f'COMMENT ON TABLE {q(t)} IS {literal("comment on " + t)};')
    a.append(f'COMMENT ON COLUMN {q(t)}.{ident(c2)} IS {literal(c2)};')
    a.append(f'COMMENT ON FUNCTION {q(fn)}(integer) IS {literal(fn)};')
    a.append(f'GRANT SELECT ({ident(c2)}) ON {q(t)} TO readonly_user;')
    a.append(f'GRANT USAGE ON SCHEMA {ident(s)} TO app_user;')

    variant = index % 4
    if variant == 3:
        b = []  # drop everything
    else:
        b = list(a)
        # Changes that keep the name but alter the object, and objects replaced under new hostile names.
        b = [x.replace(f'ENUM ({", ".join(literal(l) for l in labels)})',
                       f'ENUM ({", ".join(literal(l) for l in labels + [new_label])})') for x in b]
        b = [x.replace(f'DEFAULT {literal(labels[1])}', f'DEFAULT {literal(labels[2])}') for x in b]
        b = [x.replace(f'SELECT {ident(param)} + 1', f'SELECT {ident(param)} + 2') for x in b]
        b = [x.replace(f'({ident(c2)} DESC)', f'({ident(c2)}, {ident(c1)})') for x in b]
        new_col, new_idx = n.draw(), n.draw()
        b.append(f'ALTER TABLE {q(t2)} ADD COLUMN {ident(new_col)} text DEFAULT {literal(new_col)};')
        b.append(f'CREATE INDEX {ident(new_idx)} ON {q(t2)} ({ident(new_col)});')
        b.append(f'COMMENT ON COLUMN {q(t2)}.{ident(new_col)} IS {literal(new_col)};')
        if variant == 0:
            # A column renamed, said by a hint whose old name is as hostile as the rest.
            b = [table2(c6_renamed, f' -- schemaplan:renamed-from {ident(c6)}') if x == table2(c6) else x for x in b]
            b = [x.replace(f'SELECT {ident(c1)} FROM {q(t2)}', f'SELECT {ident(c1)}, {ident(c6_renamed)} FROM {q(t2)}')
                 for x in b]
        if variant == 1:
            # Drop a column, a view and the twin; the view is dropped before the column it shows goes.
            b = [x for x in b if not x.startswith(f'CREATE VIEW {q(view)}')]
            b = [x.replace(f'  {ident(c4)} {q(dom)},\n', '') for x in b]
            if twin:
                b = [x for x in b if not x.startswith(f'CREATE TABLE {q(twin)}')]
        if variant == 2:
            # Everything moves to A's empty start: a case created from nothing.
            a = []
    return '\n'.join(a) + '\n', '\n'.join(b) + '\n'


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    rng = random.Random(seed)
    for i in range(count):
        a, b = case(rng, i)
        d = os.path.join(out, f'case_{i:02d}')
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'a.sql'), 'w', encoding='utf-8') as f:
            f.write(a)
        with open(os.path.join(d, 'b.sql'), 'w', encoding='utf-8') as f:
            f.write(b)


if __name__ == '__main__':
    main()
