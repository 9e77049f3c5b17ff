-- One schema written two ways: every difference here is spelling only, so the plan must be empty
-- (the oracle requires that whenever A's and B's catalog listings are equal from the start).
CREATE TABLE public.prices (
  id int4 NOT NULL,
  label character varying(20) DEFAULT 'basic'::character varying,
  note text DEFAULT NULL,
  amount numeric(10, 2) NOT NULL,
  created timestamp with time zone DEFAULT now(),
  flags bool[] DEFAULT '{}'::boolean[],
  CONSTRAINT prices_pkey PRIMARY KEY (id),
  CONSTRAINT prices_amount_check CHECK ((amount > (0)::numeric)),
  CONSTRAINT prices_label_key UNIQUE (label)
);
CREATE INDEX prices_created_idx ON public.prices USING btree (created ASC NULLS LAST);
CREATE SEQUENCE public.price_seq AS bigint INCREMENT BY 1 MINVALUE 1 NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE;
