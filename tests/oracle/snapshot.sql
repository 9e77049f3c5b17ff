-- The round-trip oracle's canonical listing of a database's user schema: one sorted line per fact.
-- Two databases whose listings are equal hold the same schema, column order aside (attnum is never listed:
-- PostgreSQL cannot reorder columns, so a plan may only be judged on the set of them).
-- Every fact comes from PostgreSQL's own catalog and pg_get_*def / format_type / pg_identify_object, never from
-- schemaplan, so the oracle stays independent of the tool it judges. Objects that belong to an extension are
-- left out (they come with CREATE EXTENSION and are not the user's to plan); the extension itself is listed.
-- Run: psql -X -q -d DB -f snapshot.sql. Sorted with COLLATE "C" so the order is the same on every server.
\pset format unaligned
\pset tuples_only on
\pset pager off
-- PostgreSQL does not always read its own print back into the same expression: an IN list over a varchar column
-- is stored as `x = ANY ((ARRAY['a'::character varying, ...])::text[])`, whose print loads as
-- `x = ANY (ARRAY[('a'::character varying)::text, ...])` (the cast moves into the elements). The two are one
-- expression, and no tool that goes through SQL text can produce the first from a database: expression texts
-- are listed in the read-back form. (A session-local function: nothing is left in the database.)
SET client_min_messages = warning;
CREATE OR REPLACE FUNCTION pg_temp.reloaded(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
  m text[];
BEGIN
  LOOP
    m := regexp_match(t, $re$\(ARRAY\[((?:'(?:[^']|'')*'::[a-z ]+(?:, )?)+)\]\)::([a-z ]+)\[\](?!\[)$re$);
    EXIT WHEN m IS NULL OR m[2] IS NULL;
    t := replace(t, '(ARRAY[' || m[1] || '])::' || m[2] || '[]',
                 'ARRAY[' || regexp_replace(m[1], $re$('(?:[^']|'')*'::[a-z ]+)$re$, '(\1)::' || m[2], 'g') || ']');
  END LOOP;
  RETURN t;
END
$fn$;
WITH ns AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%'
), ext_objs AS (
  SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
), ext_rels AS (
  SELECT objid AS oid FROM ext_objs WHERE classid = 'pg_class'::regclass
), ext_types AS (
  SELECT objid AS oid FROM ext_objs WHERE classid = 'pg_type'::regclass
), ext_procs AS (
  SELECT objid AS oid FROM ext_objs WHERE classid = 'pg_proc'::regclass
), acl_objs AS (
  -- security section: the acl of every object that has one, as (what, acl)
  SELECT format('acl %s %s.%s', CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'relation' END, quote_ident(n.nspname),
                quote_ident(c.relname)) AS what,
         coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner)) AS acl
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('column-acl %s.%s.%s', quote_ident(n.nspname), quote_ident(c.relname), quote_ident(a.attname)), a.attacl
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('function-acl %s.%s(%s)', quote_ident(n.nspname), quote_ident(p.proname), pg_get_function_identity_arguments(p.oid)),
         coalesce(p.proacl, acldefault('f', p.proowner))
  FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace WHERE p.oid NOT IN (SELECT oid FROM ext_procs)
  UNION ALL
  SELECT format('schema-acl %s', quote_ident(n.nspname)), coalesce(n2.nspacl, acldefault('n', n2.nspowner))
  FROM ns n JOIN pg_namespace n2 ON n2.oid = n.oid
  UNION ALL
  SELECT format('type-acl %s.%s', quote_ident(n.nspname), quote_ident(t.typname)), coalesce(t.typacl, acldefault('T', t.typowner))
  FROM pg_type t JOIN ns n ON n.oid = t.typnamespace
  WHERE t.oid NOT IN (SELECT oid FROM ext_types) AND t.typtype IN ('b', 'c', 'd', 'e', 'm', 'r')
    AND NOT (t.typelem <> 0 AND t.typsubscript = 'array_subscript_handler'::regproc)
    AND (t.typrelid = 0 OR (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')
  UNION ALL
  SELECT format('fdw-acl %s', quote_ident(w.fdwname)), coalesce(w.fdwacl, acldefault('F', w.fdwowner))
  FROM pg_foreign_data_wrapper w WHERE w.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('server-acl %s', quote_ident(s.srvname)), coalesce(s.srvacl, acldefault('S', s.srvowner))
  FROM pg_foreign_server s WHERE s.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('default-acl %s %s %s', d.defaclrole::regrole, coalesce(quote_ident(n.nspname), '*'), d.defaclobjtype), d.defaclacl
  FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
), facts AS (
  -- schemas (public comes with every database; its comment and ACL are still listed below)
  SELECT 'schema ' || quote_ident(nspname) AS f FROM ns WHERE nspname <> 'public'
  UNION ALL
  SELECT format('extension %s schema=%s version=%s', quote_ident(e.extname), quote_ident(n.nspname), e.extversion)
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql'
  UNION ALL
  -- tables, views, foreign tables and their table-level options
  SELECT format('relation %s.%s kind=%s persistence=%s rls=%s/%s replident=%s options=%s inherits=%s partition=%s',
                quote_ident(n.nspname), quote_ident(c.relname), c.relkind, c.relpersistence,
                c.relrowsecurity, c.relforcerowsecurity, c.relreplident, coalesce(array_to_string(c.reloptions, ','), ''),
                coalesce((SELECT string_agg(i.inhparent::regclass::text, ',' ORDER BY i.inhseqno) FROM pg_inherits i
                          WHERE i.inhrelid = c.oid AND NOT c.relispartition), ''),
                coalesce(pg_get_partkeydef(c.oid), '') || coalesce(' of ' || pg_get_expr(c.relpartbound, c.oid), ''))
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  -- columns (of tables, views and composite types): type with modifiers, NOT NULL, default, identity, generated,
  -- and the collation when it is not the type's own
  SELECT format('column %s.%s.%s type=%s notnull=%s default=%s identity=%s generated=%s collation=%s',
                quote_ident(n.nspname), quote_ident(c.relname), quote_ident(a.attname),
                format_type(a.atttypid, a.atttypmod), a.attnotnull,
                coalesce(pg_temp.reloaded(pg_get_expr(d.adbin, d.adrelid)), ''), a.attidentity, a.attgenerated,
                coalesce(CASE WHEN a.attcollation <> t.typcollation
                              THEN quote_ident(con.nspname) || '.' || quote_ident(co.collname) END, ''))
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
    AND c.oid NOT IN (SELECT oid FROM ext_rels) AND (c.relkind <> 'c' OR c.reltype NOT IN (SELECT oid FROM ext_types))
  UNION ALL
  -- table constraints: PK, UNIQUE (NULLS NOT DISTINCT), CHECK (NO INHERIT), FK (MATCH, actions, DEFERRABLE), EXCLUDE
  SELECT format('constraint %s.%s.%s %s%s', quote_ident(n.nspname), quote_ident(c.relname), quote_ident(k.conname),
                pg_temp.reloaded(pg_get_constraintdef(k.oid)), CASE WHEN k.convalidated THEN '' ELSE ' (not validated)' END)
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('domain-constraint %s.%s.%s %s%s', quote_ident(n.nspname), quote_ident(t.typname), quote_ident(k.conname),
                pg_temp.reloaded(pg_get_constraintdef(k.oid)), CASE WHEN k.convalidated THEN '' ELSE ' (not validated)' END)
  FROM pg_constraint k JOIN pg_type t ON t.oid = k.contypid JOIN ns n ON n.oid = t.typnamespace
  WHERE t.oid NOT IN (SELECT oid FROM ext_types)
  UNION ALL
  -- indexes, including those behind constraints: method, opclass, collation, order, NULLS, INCLUDE, WHERE, WITH
  SELECT format('index %s valid=%s', pg_temp.reloaded(pg_get_indexdef(i.indexrelid)), i.indisvalid)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE c.oid NOT IN (SELECT oid FROM ext_rels) AND i.indrelid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  -- sequences, stand-alone, serial-owned (OWNED BY, deptype a) and identity (deptype i)
  SELECT format('sequence %s.%s type=%s start=%s inc=%s min=%s max=%s cache=%s cycle=%s persistence=%s owned=%s',
                quote_ident(n.nspname), quote_ident(c.relname), format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                s.seqmin, s.seqmax, s.seqcache, s.seqcycle, c.relpersistence,
                coalesce((SELECT quote_ident(on_.nspname) || '.' || quote_ident(oc.relname) || '.' || quote_ident(oa.attname)
                                 || ' (' || dp.deptype::text || ')'
                          FROM pg_depend dp JOIN pg_class oc ON oc.oid = dp.refobjid
                          JOIN pg_namespace on_ ON on_.oid = oc.relnamespace
                          JOIN pg_attribute oa ON oa.attrelid = dp.refobjid AND oa.attnum = dp.refobjsubid
                          WHERE dp.objid = c.oid AND dp.classid = 'pg_class'::regclass
                            AND dp.refclassid = 'pg_class'::regclass AND dp.deptype IN ('a', 'i') LIMIT 1), ''))
  FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  -- enums with their labels in sort order
  SELECT format('enum %s.%s %s', quote_ident(n.nspname), quote_ident(t.typname),
                coalesce((SELECT string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder)
                          FROM pg_enum e WHERE e.enumtypid = t.oid), ''))
  FROM pg_type t JOIN ns n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND t.oid NOT IN (SELECT oid FROM ext_types)
  UNION ALL
  SELECT format('domain %s.%s base=%s notnull=%s default=%s collation=%s', quote_ident(n.nspname), quote_ident(t.typname),
                format_type(t.typbasetype, t.typtypmod), t.typnotnull, coalesce(t.typdefault, ''),
                coalesce((SELECT co.collname FROM pg_collation co JOIN pg_type bt ON bt.oid = t.typbasetype
                          WHERE co.oid = t.typcollation AND t.typcollation <> bt.typcollation), ''))
  FROM pg_type t JOIN ns n ON n.oid = t.typnamespace WHERE t.typtype = 'd' AND t.oid NOT IN (SELECT oid FROM ext_types)
  UNION ALL
  SELECT format('composite %s.%s', quote_ident(n.nspname), quote_ident(t.typname))
  FROM pg_type t JOIN ns n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid
  WHERE t.typtype = 'c' AND c.relkind = 'c' AND t.oid NOT IN (SELECT oid FROM ext_types)
  UNION ALL
  SELECT format('range %s.%s subtype=%s', quote_ident(n.nspname), quote_ident(t.typname), format_type(r.rngsubtype, NULL))
  FROM pg_type t JOIN ns n ON n.oid = t.typnamespace JOIN pg_range r ON r.rngtypid = t.oid
  WHERE t.typtype = 'r' AND t.oid NOT IN (SELECT oid FROM ext_types)
  UNION ALL
  -- (types) partitioning and inheritance beyond the relation line: a partition's index attached to its
  -- partitioned table's index, and how many parents each column and constraint is inherited from
  SELECT format('index-parent %s.%s of %s', quote_ident(n.nspname), quote_ident(c.relname), h.inhparent::regclass::text)
  FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('i', 'I') AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('inherited-column %s.%s.%s parents=%s', quote_ident(n.nspname), quote_ident(c.relname),
                quote_ident(a.attname), a.attinhcount)
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount > 0 AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('inherited-constraint %s.%s.%s parents=%s', quote_ident(n.nspname), quote_ident(c.relname),
                quote_ident(k.conname), k.coninhcount)
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE k.coninhcount > 0 AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('view %s.%s %s', quote_ident(n.nspname), quote_ident(c.relname), regexp_replace(pg_temp.reloaded(pg_get_viewdef(c.oid)), '\s+', ' ', 'g'))
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('function %s', regexp_replace(pg_get_functiondef(p.oid), '\s+', ' ', 'g'))
  FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p', 'w') AND p.oid NOT IN (SELECT oid FROM ext_procs)
  UNION ALL
  SELECT format('aggregate %s.%s(%s)', quote_ident(n.nspname), quote_ident(p.proname), pg_get_function_identity_arguments(p.oid))
  FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace WHERE p.prokind = 'a' AND p.oid NOT IN (SELECT oid FROM ext_procs)
  UNION ALL
  SELECT format('trigger %s enabled=%s', pg_temp.reloaded(pg_get_triggerdef(tg.oid)), tg.tgenabled)
  FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE NOT tg.tgisinternal AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('policy %s.%s.%s cmd=%s permissive=%s roles=%s using=%s check=%s', quote_ident(n.nspname), quote_ident(c.relname),
                quote_ident(p.polname), p.polcmd, p.polpermissive,
                -- roles sorted: PostgreSQL keeps them in the order the statement named them
                (SELECT string_agg(x.role, ',' ORDER BY x.role COLLATE "C")
                 FROM unnest(p.polroles) r CROSS JOIN LATERAL (SELECT CASE WHEN r = 0 THEN 'public' ELSE r::regrole::text END) x(role)),
                coalesce(pg_temp.reloaded(pg_get_expr(p.polqual, p.polrelid)), ''), coalesce(pg_temp.reloaded(pg_get_expr(p.polwithcheck, p.polrelid)), ''))
  FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN ns n ON n.oid = c.relnamespace
  UNION ALL
  -- comments on anything in a user schema (relations, columns, indexes, sequences, types, constraints, functions,
  -- triggers), on schemas (public included) and on extensions; a newline in a comment is listed as \n
  SELECT format('comment %s %s: %s', o.type, o.identity, replace(d.description, E'\n', '\n'))
  FROM pg_description d, LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) o
  WHERE d.classoid IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass, 'pg_constraint'::regclass,
                       'pg_trigger'::regclass, 'pg_policy'::regclass)
    AND o.schema IN (SELECT quote_ident(nspname) FROM ns)  -- pg_identify_object quotes it
    AND (d.classoid, d.objoid) NOT IN (SELECT classid, objid FROM ext_objs)
    AND d.objoid >= 16384  -- made after initdb (FirstNormalObjectId): not pg_identify_object on 3,000 built-ins
  UNION ALL
  SELECT format('comment schema %s: %s', quote_ident(n.nspname), replace(d.description, E'\n', '\n'))
  FROM pg_description d JOIN ns n ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid
  UNION ALL
  SELECT format('comment extension %s: %s', quote_ident(e.extname), replace(d.description, E'\n', '\n'))
  FROM pg_description d JOIN pg_extension e ON d.classoid = 'pg_extension'::regclass AND d.objoid = e.oid
  WHERE e.extname <> 'plpgsql'
  UNION ALL
  -- privileges (security section): every acl exploded, a NULL acl read as its defaults (acldefault), one line per
  -- grantee and grantor with the privileges sorted (* = WITH GRANT OPTION), so that the order of GRANTs and
  -- "granted, then revoked" do not show
  SELECT format('%s %s=%s/%s', o.what, CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE x.grantee::regrole::text END,
                string_agg(x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END, ',' ORDER BY x.privilege_type),
                x.grantor::regrole)
  FROM acl_objs o CROSS JOIN LATERAL aclexplode(CASE WHEN cardinality(o.acl) > 0 THEN o.acl END) x
  GROUP BY o.what, x.grantee, x.grantor
  UNION ALL
  -- views and materialized views: definitions, columns, options (check_option, security_barrier) and indexes
  -- are listed above with relations; a materialized view's populated state (WITH [NO] DATA) is listed here
  SELECT format('matview %s.%s populated=%s', quote_ident(n.nspname), quote_ident(c.relname), c.relispopulated)
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace WHERE c.relkind = 'm' AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  -- column settings pg_dump writes with ALTER COLUMN: options (n_distinct...), storage other than the type's,
  -- statistics target, compression; and a foreign table column's options
  SELECT format('column-settings %s.%s.%s options=%s storage=%s statistics=%s compression=%s fdw-options=%s',
                quote_ident(n.nspname), quote_ident(c.relname), quote_ident(a.attname),
                coalesce(array_to_string(a.attoptions, ','), ''),
                CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text ELSE '' END,
                CASE WHEN a.attstattarget >= 0 THEN a.attstattarget::text ELSE '' END, a.attcompression,
                coalesce((SELECT string_agg(o, ',' ORDER BY o COLLATE "C") FROM unnest(a.attfdwoptions) o), ''))
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'm', 'f') AND c.oid NOT IN (SELECT oid FROM ext_rels)
    AND (a.attoptions IS NOT NULL OR a.attstorage <> t.typstorage OR a.attstattarget >= 0 OR a.attcompression <> ''
         OR a.attfdwoptions IS NOT NULL)
  UNION ALL
  -- CLUSTER ON and REPLICA IDENTITY USING INDEX
  SELECT format('index-flags %s.%s clustered=%s replident=%s', quote_ident(n.nspname), quote_ident(c.relname),
                i.indisclustered, i.indisreplident)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE (i.indisclustered OR i.indisreplident) AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  -- statistics targets of index columns (ALTER INDEX ... ALTER COLUMN n SET STATISTICS)
  SELECT format('index-column-settings %s.%s.%s statistics=%s', quote_ident(n.nspname), quote_ident(c.relname),
                a.attnum, a.attstattarget)
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('i', 'I') AND a.attnum > 0 AND a.attstattarget >= 0 AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  -- storage parameters of a relation's TOAST table (written toast.name=value in WITH (...) and SET (...))
  SELECT format('toast-options %s.%s %s', quote_ident(n.nspname), quote_ident(c.relname), array_to_string(t.reloptions, ','))
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace JOIN pg_class t ON t.oid = c.reltoastrelid
  WHERE t.reloptions IS NOT NULL AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  -- foreign tables: their server and options
  SELECT format('foreign-table %s.%s server=%s options=%s', quote_ident(n.nspname), quote_ident(c.relname), s.srvname,
                coalesce((SELECT string_agg(o, ',' ORDER BY o COLLATE "C") FROM unnest(ft.ftoptions) o), ''))
  FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid JOIN ns n ON n.oid = c.relnamespace
  JOIN pg_foreign_server s ON s.oid = ft.ftserver
  WHERE c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  -- aggregates: every column of pg_aggregate that CREATE AGGREGATE sets
  SELECT format('aggregate-def %s.%s(%s) kind=%s direct=%s sfunc=%s stype=%s sspace=%s final=%s extra=%s modify=%s combine=%s serial=%s deserial=%s init=%s msfunc=%s minv=%s mstype=%s msspace=%s mfinal=%s mextra=%s mmodify=%s minit=%s sortop=%s parallel=%s',
                quote_ident(n.nspname), quote_ident(p.proname), pg_get_function_identity_arguments(p.oid), a.aggkind,
                a.aggnumdirectargs, a.aggtransfn::regprocedure, format_type(a.aggtranstype, NULL), a.aggtransspace,
                a.aggfinalfn::regprocedure, a.aggfinalextra, a.aggfinalmodify, a.aggcombinefn::regprocedure,
                a.aggserialfn::regprocedure, a.aggdeserialfn::regprocedure, a.agginitval, a.aggmtransfn::regprocedure,
                a.aggminvtransfn::regprocedure, format_type(a.aggmtranstype, NULL), a.aggmtransspace,
                a.aggmfinalfn::regprocedure, a.aggmfinalextra, a.aggmfinalmodify, a.aggminitval,
                a.aggsortop::regoperator, p.proparallel)
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN ns n ON n.oid = p.pronamespace
  WHERE p.oid NOT IN (SELECT oid FROM ext_procs)
  UNION ALL
  -- (collversion is left out: the server records its library's version, which no schema states)
  SELECT format('collation %s.%s provider=%s deterministic=%s collate=%s ctype=%s locale=%s owner=%s',
                quote_ident(n.nspname), quote_ident(co.collname), co.collprovider, co.collisdeterministic,
                co.collcollate, co.collctype, co.colliculocale, co.collowner::regrole)
  FROM pg_collation co JOIN ns n ON n.oid = co.collnamespace WHERE co.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('cast (%s AS %s) func=%s context=%s method=%s', format_type(ca.castsource, NULL),
                format_type(ca.casttarget, NULL), ca.castfunc::regprocedure, ca.castcontext, ca.castmethod)
  FROM pg_cast ca WHERE ca.oid >= 16384 AND ca.oid NOT IN (SELECT objid FROM ext_objs)
    AND NOT EXISTS (SELECT FROM pg_depend dd WHERE dd.classid = 'pg_cast'::regclass AND dd.objid = ca.oid AND dd.deptype = 'i')
  UNION ALL
  SELECT format('operator %s.%s(%s,%s) func=%s commutator=%s negator=%s restrict=%s join=%s hashes=%s merges=%s owner=%s',
                quote_ident(n.nspname), o.oprname, format_type(o.oprleft, NULL), format_type(o.oprright, NULL),
                o.oprcode::regprocedure, o.oprcom::regoperator, o.oprnegate::regoperator, o.oprrest::regprocedure,
                o.oprjoin::regprocedure, o.oprcanhash, o.oprcanmerge, o.oprowner::regrole)
  FROM pg_operator o JOIN ns n ON n.oid = o.oprnamespace WHERE o.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('opfamily %s.%s using %s owner=%s', quote_ident(n.nspname), quote_ident(f.opfname), am.amname,
                f.opfowner::regrole)
  FROM pg_opfamily f JOIN ns n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
  WHERE f.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('opclass %s.%s using %s for %s default=%s family=%s.%s storage=%s owner=%s', quote_ident(n.nspname),
                quote_ident(oc.opcname), am.amname, format_type(oc.opcintype, NULL), oc.opcdefault,
                quote_ident(fn.nspname), quote_ident(f.opfname), format_type(oc.opckeytype, NULL), oc.opcowner::regrole)
  FROM pg_opclass oc JOIN ns n ON n.oid = oc.opcnamespace JOIN pg_am am ON am.oid = oc.opcmethod
  JOIN pg_opfamily f ON f.oid = oc.opcfamily JOIN pg_namespace fn ON fn.oid = f.opfnamespace
  WHERE oc.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('opfamily-member %s.%s operator %s %s(%s,%s) purpose=%s sortfamily=%s', quote_ident(n.nspname),
                quote_ident(f.opfname), ao.amopstrategy, ao.amopopr::regoperator, format_type(ao.amoplefttype, NULL),
                format_type(ao.amoprighttype, NULL), ao.amoppurpose, ao.amopsortfamily)
  FROM pg_amop ao JOIN pg_opfamily f ON f.oid = ao.amopfamily JOIN ns n ON n.oid = f.opfnamespace
  WHERE f.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('opfamily-member %s.%s function %s %s(%s,%s)', quote_ident(n.nspname), quote_ident(f.opfname),
                ap.amprocnum, ap.amproc::regprocedure, format_type(ap.amproclefttype, NULL),
                format_type(ap.amprocrighttype, NULL))
  FROM pg_amproc ap JOIN pg_opfamily f ON f.oid = ap.amprocfamily JOIN ns n ON n.oid = f.opfnamespace
  WHERE f.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('conversion %s.%s %s to %s func=%s default=%s', quote_ident(n.nspname), quote_ident(cv.conname),
                pg_encoding_to_char(cv.conforencoding), pg_encoding_to_char(cv.contoencoding), cv.conproc::regprocedure,
                cv.condefault)
  FROM pg_conversion cv JOIN ns n ON n.oid = cv.connamespace WHERE cv.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('access-method %s type=%s handler=%s', am.amname, am.amtype, am.amhandler::regprocedure)
  FROM pg_am am WHERE am.oid >= 16384 AND am.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('language %s trusted=%s handler=%s inline=%s validator=%s', l.lanname, l.lanpltrusted,
                l.lanplcallfoid::regprocedure, l.laninline::regprocedure, l.lanvalidator::regprocedure)
  FROM pg_language l WHERE l.oid >= 16384 AND l.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('ts-parser %s.%s start=%s token=%s end=%s headline=%s lextypes=%s', quote_ident(n.nspname),
                quote_ident(p.prsname), p.prsstart::regprocedure, p.prstoken::regprocedure, p.prsend::regprocedure,
                p.prsheadline::regprocedure, p.prslextype::regprocedure)
  FROM pg_ts_parser p JOIN ns n ON n.oid = p.prsnamespace WHERE p.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('ts-template %s.%s init=%s lexize=%s', quote_ident(n.nspname), quote_ident(t.tmplname),
                t.tmplinit::regprocedure, t.tmpllexize::regprocedure)
  FROM pg_ts_template t JOIN ns n ON n.oid = t.tmplnamespace WHERE t.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('ts-dictionary %s.%s template=%s.%s options=%s owner=%s', quote_ident(n.nspname), quote_ident(d.dictname),
                quote_ident(tn.nspname), quote_ident(t.tmplname), coalesce(d.dictinitoption, ''), d.dictowner::regrole)
  FROM pg_ts_dict d JOIN ns n ON n.oid = d.dictnamespace JOIN pg_ts_template t ON t.oid = d.dicttemplate
  JOIN pg_namespace tn ON tn.oid = t.tmplnamespace WHERE d.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('ts-config %s.%s parser=%s.%s owner=%s', quote_ident(n.nspname), quote_ident(c.cfgname),
                quote_ident(pn.nspname), quote_ident(p.prsname), c.cfgowner::regrole)
  FROM pg_ts_config c JOIN ns n ON n.oid = c.cfgnamespace JOIN pg_ts_parser p ON p.oid = c.cfgparser
  JOIN pg_namespace pn ON pn.oid = p.prsnamespace WHERE c.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('ts-config-map %s.%s token=%s dicts=%s', quote_ident(n.nspname), quote_ident(c.cfgname), m.maptokentype,
                string_agg(m.mapdict::regdictionary::text, ',' ORDER BY m.mapseqno))
  FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg JOIN ns n ON n.oid = c.cfgnamespace
  WHERE c.oid NOT IN (SELECT objid FROM ext_objs)
  GROUP BY n.nspname, c.cfgname, m.maptokentype
  UNION ALL
  SELECT format('statistics %s stattarget=%s owner=%s', pg_get_statisticsobjdef(s.oid), s.stxstattarget, s.stxowner::regrole)
  FROM pg_statistic_ext s JOIN ns n ON n.oid = s.stxnamespace WHERE s.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('rule %s enabled=%s', regexp_replace(pg_temp.reloaded(pg_get_ruledef(r.oid)), '\s+', ' ', 'g'), r.ev_enabled)
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN ns n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN' AND c.oid NOT IN (SELECT oid FROM ext_rels)
  UNION ALL
  SELECT format('event-trigger %s event=%s function=%s enabled=%s tags=%s owner=%s', e.evtname, e.evtevent,
                e.evtfoid::regprocedure, e.evtenabled,
                -- tags sorted: PostgreSQL keeps them in the order the statement named them
                coalesce((SELECT string_agg(t, ',' ORDER BY t COLLATE "C") FROM unnest(e.evttags) t), ''),
                e.evtowner::regrole)
  FROM pg_event_trigger e WHERE e.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  -- options sorted: PostgreSQL keeps them in the order the statement named them, which means nothing
  SELECT format('fdw %s handler=%s validator=%s options=%s owner=%s', w.fdwname, w.fdwhandler::regprocedure,
                w.fdwvalidator::regprocedure,
                coalesce((SELECT string_agg(o, ',' ORDER BY o COLLATE "C") FROM unnest(w.fdwoptions) o), ''), w.fdwowner::regrole)
  FROM pg_foreign_data_wrapper w WHERE w.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('server %s fdw=%s type=%s version=%s options=%s owner=%s', s.srvname, w.fdwname, s.srvtype, s.srvversion,
                coalesce((SELECT string_agg(o, ',' ORDER BY o COLLATE "C") FROM unnest(s.srvoptions) o), ''), s.srvowner::regrole)
  FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw WHERE s.oid NOT IN (SELECT objid FROM ext_objs)
  UNION ALL
  SELECT format('user-mapping %s server=%s options=%s', m.usename, m.srvname,
                coalesce((SELECT string_agg(o, ',' ORDER BY o COLLATE "C") FROM unnest(m.umoptions) o), ''))
  FROM pg_user_mappings m
  UNION ALL
  SELECT format('publication %s alltables=%s insert=%s update=%s delete=%s truncate=%s viaroot=%s owner=%s', p.pubname,
                p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate, p.pubviaroot, p.pubowner::regrole)
  FROM pg_publication p
  UNION ALL
  SELECT format('publication-table %s %s.%s where=%s columns=%s', p.pubname, quote_ident(n.nspname), quote_ident(c.relname),
                coalesce(pg_get_expr(r.prqual, r.prrelid), ''),
                coalesce((SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a
                          WHERE a.attrelid = r.prrelid AND a.attnum = ANY (r.prattrs)), ''))
  FROM pg_publication_rel r JOIN pg_publication p ON p.oid = r.prpubid JOIN pg_class c ON c.oid = r.prrelid
  JOIN ns n ON n.oid = c.relnamespace
  UNION ALL
  SELECT format('publication-schema %s %s', p.pubname, quote_ident(n.nspname))
  FROM pg_publication_namespace pn JOIN pg_publication p ON p.oid = pn.pnpubid JOIN pg_namespace n ON n.oid = pn.pnnspid
  UNION ALL
  SELECT format('range-def %s.%s subtype=%s opclass=%s collation=%s canonical=%s diff=%s multirange=%s',
                quote_ident(n.nspname), quote_ident(t.typname), format_type(r.rngsubtype, NULL),
                (SELECT quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) FROM pg_opclass oc
                 JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace WHERE oc.oid = r.rngsubopc),
                coalesce((SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname) FROM pg_collation co
                          JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = r.rngcollation), ''),
                r.rngcanonical::regprocedure, r.rngsubdiff::regprocedure,
                format_type(r.rngmultitypid, NULL))
  FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid JOIN ns n ON n.oid = t.typnamespace
  WHERE t.oid NOT IN (SELECT oid FROM ext_types)
  UNION ALL
  -- comments on the kinds above (pg_identify_object names each), and owners of every object that has one
  SELECT format('comment %s %s: %s', o.type, o.identity, replace(d.description, E'\n', '\n'))
  FROM pg_description d, LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) o
  WHERE d.classoid IN ('pg_collation'::regclass, 'pg_cast'::regclass, 'pg_operator'::regclass, 'pg_opclass'::regclass,
                       'pg_opfamily'::regclass, 'pg_conversion'::regclass, 'pg_am'::regclass, 'pg_language'::regclass,
                       'pg_ts_parser'::regclass, 'pg_ts_template'::regclass, 'pg_ts_dict'::regclass,
                       'pg_ts_config'::regclass, 'pg_statistic_ext'::regclass, 'pg_rewrite'::regclass,
                       'pg_event_trigger'::regclass, 'pg_foreign_data_wrapper'::regclass,
                       'pg_foreign_server'::regclass, 'pg_publication'::regclass)
    AND (d.classoid, d.objoid) NOT IN (SELECT classid, objid FROM ext_objs)
    AND d.objoid >= 16384
)
SELECT f FROM facts ORDER BY f COLLATE "C";
