CREATE SCHEMA enc;
CREATE DEFAULT CONVERSION enc.latin1_in FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
COMMENT ON CONVERSION enc.latin1_in IS 'the default latin-1 in';
CREATE ACCESS METHOD btree_copy TYPE INDEX HANDLER hashhandler;
COMMENT ON ACCESS METHOD btree_copy IS 'now a hash';
