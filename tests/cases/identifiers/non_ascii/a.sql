-- Non-ASCII names (é, 日本, emoji-free but multi-byte), which PostgreSQL keeps as written only when quoted.
CREATE TABLE café (id integer PRIMARY KEY, crème text);
