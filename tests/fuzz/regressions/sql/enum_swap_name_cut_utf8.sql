-- An enum named x and 31 two-byte characters gains a value: the rollback swaps the type out under
-- <name>__schemaplan_old, which was cut through a character (down.sql was not UTF-8; tests/hostile seed 6).
CREATE TYPE "xééééééééééééééééééééééééééééééé" AS ENUM ('a');
-- schemaplan-fuzz: to
CREATE TYPE "xééééééééééééééééééééééééééééééé" AS ENUM ('a', 'b');
