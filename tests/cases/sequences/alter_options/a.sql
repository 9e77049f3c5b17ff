-- Existing sequences change options: type narrowed/widened, increment, bounds, start, cache, cycle.
CREATE SEQUENCE invoice_seq AS bigint INCREMENT BY 1 START WITH 1;
CREATE SEQUENCE batch_seq AS integer MINVALUE 1 MAXVALUE 1000 CYCLE;
CREATE SEQUENCE unchanged_seq;
