-- A table that others no longer need is dropped, with its sequence, indexes and the foreign key into it.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE legacy_tokens (
  id serial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  token text NOT NULL
);
CREATE INDEX legacy_tokens_user_id_idx ON legacy_tokens (user_id);
