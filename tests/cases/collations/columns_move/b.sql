-- The collation changes while columns come to it (b), leave it (c, for another one) and stay (a); one moves
-- between two other collations (d): each column ends under the collation it names.
CREATE COLLATION public.ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
CREATE COLLATION public.other (provider = icu, locale = 'de');
CREATE TABLE public.items (id integer PRIMARY KEY, a text COLLATE ci, b text COLLATE ci, c text COLLATE other, d text COLLATE "C");
