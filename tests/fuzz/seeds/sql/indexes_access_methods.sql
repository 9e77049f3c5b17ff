-- One index per access method: btree (explicit), hash, gin (jsonb and arrays), gist (range, point), brin.
CREATE TABLE events (
  id bigint PRIMARY KEY,
  token text,
  payload jsonb,
  tags text[],
  during tstzrange,
  location point,
  happened_at timestamptz NOT NULL
);

-- schemaplan-fuzz: to
CREATE TABLE events (
  id bigint PRIMARY KEY,
  token text,
  payload jsonb,
  tags text[],
  during tstzrange,
  location point,
  happened_at timestamptz NOT NULL
);
CREATE INDEX events_id_btree_idx ON events USING btree (id);
CREATE INDEX events_token_hash_idx ON events USING hash (token);
CREATE INDEX events_payload_gin_idx ON events USING gin (payload jsonb_path_ops);
CREATE INDEX events_tags_gin_idx ON events USING gin (tags);
CREATE INDEX events_during_gist_idx ON events USING gist (during);
CREATE INDEX events_location_gist_idx ON events USING gist (location);
CREATE INDEX events_happened_brin_idx ON events USING brin (happened_at);
