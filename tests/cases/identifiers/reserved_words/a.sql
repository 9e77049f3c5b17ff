-- Reserved words as names: tables "user", "order", "group"; columns "select", "from", "limit", "default".
CREATE TABLE "user" (id integer PRIMARY KEY, "select" text);
