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
