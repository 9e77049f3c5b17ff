-- Conversions and access methods (kept as DDL text): created with comments and an owner.
CREATE SCHEMA enc;
