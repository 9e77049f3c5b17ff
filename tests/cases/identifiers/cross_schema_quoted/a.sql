-- Quoted and non-ASCII names across schemas: a schema with a space, reserved words as columns, an enum whose
-- name holds quotes, used as an array type.
CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Order" ("Id" int PRIMARY KEY, "select" text);
