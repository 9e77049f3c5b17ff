-- An extension installed into its own schema, its type used with a qualified name.
CREATE TABLE contacts (id integer PRIMARY KEY);
