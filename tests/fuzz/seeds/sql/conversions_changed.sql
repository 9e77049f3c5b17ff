-- A conversion made the default (recreated), one dropped, an access method's handler changed (recreated) and
-- one dropped, comments changed.
CREATE SCHEMA enc;
CREATE CONVERSION enc.latin1_in FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE CONVERSION enc.latin2_in FOR 'LATIN2' TO 'UTF8' FROM iso8859_to_utf8;
COMMENT ON CONVERSION enc.latin1_in IS 'latin-1 in';
CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD btree_copy TYPE INDEX HANDLER bthandler;

-- schemaplan-fuzz: to
CREATE SCHEMA enc;
CREATE DEFAULT CONVERSION enc.latin1_in FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION enc.latin1_in IS 'the default latin-1 in';
CREATE ACCESS METHOD btree_copy TYPE INDEX HANDLER hashhandler;
COMMENT ON ACCESS METHOD btree_copy IS 'now a hash';
