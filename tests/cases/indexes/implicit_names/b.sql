CREATE TABLE logs (id integer PRIMARY KEY, level text, message text);
CREATE INDEX ON logs (level);
CREATE INDEX ON logs (level, message);
CREATE INDEX ON logs (lower(message));
