CREATE TABLE plain (id int);
-- two parents, a grandchild, a child redeclaring an inherited column, checks on every level
CREATE TABLE named (name text NOT NULL CHECK (name <> ''));
CREATE TABLE dated (created timestamptz DEFAULT now());
CREATE TABLE thing (id int PRIMARY KEY, name text) INHERITS (named, dated);
CREATE TABLE gadget (volts int CONSTRAINT gadget_volts CHECK (volts > 0)) INHERITS (thing);
COMMENT ON TABLE gadget IS 'a kind of thing';
CREATE INDEX gadget_volts_idx ON gadget (volts);
