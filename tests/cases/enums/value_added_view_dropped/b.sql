CREATE TYPE observation_type AS ENUM ('SPAN', 'EVENT', 'GENERATION', 'AGENT');
CREATE TABLE observations (id bigint PRIMARY KEY, type observation_type NOT NULL, name text);
