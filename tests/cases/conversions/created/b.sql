CREATE SCHEMA enc;
CREATE CONVERSION enc.latin1_in FOR 'latin1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE DEFAULT CONVERSION enc.win1250_out FOR 'UTF8' TO 'WIN1250' FROM utf8_to_win;
COMMENT ON CONVERSION enc.latin1_in IS 'latin-1 in';
ALTER CONVERSION enc.latin1_in OWNER TO app_user;
CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD btree_copy TYPE INDEX HANDLER bthandler;
COMMENT ON ACCESS METHOD heap_copy IS 'heap by another name';
