-- An ordered-set aggregate (direct argument, ORDER BY argument, FINALFUNC_EXTRA), a hypothetical-set one and a
-- moving-aggregate one, in a schema of their own.
CREATE SCHEMA stats;
CREATE FUNCTION stats.pct_final(internal, float8, anyelement) RETURNS anyelement LANGUAGE internal IMMUTABLE AS 'percentile_disc_final';
CREATE AGGREGATE stats.my_pct(float8 ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal,
  FINALFUNC = stats.pct_final, FINALFUNC_EXTRA);
CREATE FUNCTION stats.rank_final(internal, VARIADIC "any") RETURNS bigint LANGUAGE internal IMMUTABLE AS 'hypothetical_rank_final';
CREATE AGGREGATE stats.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi,
  STYPE = internal, FINALFUNC = stats.rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE stats.msum(int4) (SFUNC = int4pl, STYPE = int4, MSFUNC = int4pl, MINVFUNC = int4mi, MSTYPE = int4);
