CREATE TABLE people (
  id integer PRIMARY KEY,
  email text, -- schemaplan:renamed-from mail
  -- schemaplan:renamed-from nick
  handle character varying(30),
  remark text
);
CREATE INDEX people_nick_idx ON people (handle);
