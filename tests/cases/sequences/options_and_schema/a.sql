-- Sequence options both ways (negative increment to positive, smallint to integer, CYCLE off), OWNED BY set
-- after the table, a sequence moved to another schema.
CREATE SCHEMA s;
CREATE SEQUENCE s."My Seq" AS smallint INCREMENT BY -1 MINVALUE -100 MAXVALUE -1 START WITH -1 CACHE 10 CYCLE;
CREATE TABLE s.t (id int DEFAULT nextval('s."My Seq"'), x int);
CREATE SEQUENCE plain;
