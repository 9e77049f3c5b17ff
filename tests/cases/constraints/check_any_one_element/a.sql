-- A CHECK comparing with ANY/ALL over a one-element array is stored as written (only IN of one value becomes a
-- plain comparison): the offline canonical form must not turn one into the other (psqldef's
-- TableLevelCheckMultiColumnAllAny found it).
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE tickets (id integer PRIMARY KEY, state text NOT NULL, priority integer NOT NULL, m mood);
