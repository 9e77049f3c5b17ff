CREATE TABLE settings (name text, value text);
