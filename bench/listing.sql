-- The benchmark's reference: one independent catalog listing of a database's tables, as one query over
-- pg_catalog, the way tests/oracle/snapshot.sql lists facts: every column with its type, default and NOT NULL,
-- every constraint and index with PostgreSQL's own definition, every enum with its labels, every view's and
-- function's definition, sorted. What a hand-written tool that reads these kinds of object would at least have
-- to ask the server.
-- Run: psql -X -q -At -d DB -f bench/listing.sql
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%'
), facts AS (
  SELECT format('column %s.%s.%s %s%s%s', quote_ident(n.nspname), quote_ident(c.relname), quote_ident(a.attname),
                format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
                ' default ' || pg_get_expr(d.adbin, d.adrelid)) AS f
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT format('constraint %s.%s.%s %s', quote_ident(n.nspname), quote_ident(c.relname), quote_ident(k.conname),
                pg_get_constraintdef(k.oid))
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN ns n ON n.oid = c.relnamespace
  UNION ALL
  SELECT format('index %s.%s %s', quote_ident(n.nspname), quote_ident(ic.relname), pg_get_indexdef(i.indexrelid))
  FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN ns n ON n.oid = ic.relnamespace
  UNION ALL
  SELECT format('enum %s.%s %s', quote_ident(n.nspname), quote_ident(t.typname),
                (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                 FROM pg_enum e WHERE e.enumtypid = t.oid))
  FROM pg_type t JOIN ns n ON n.oid = t.typnamespace WHERE t.typtype = 'e'
  UNION ALL
  SELECT format('view %s.%s %s', quote_ident(n.nspname), quote_ident(c.relname), pg_get_viewdef(c.oid))
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm')
  UNION ALL
  SELECT format('function %s', pg_get_functiondef(p.oid))
  FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p')
)
SELECT f FROM facts ORDER BY f COLLATE "C";
