CREATE SEQUENCE ticket_numbers;
CREATE TABLE tickets (
  id integer PRIMARY KEY,
  title text NOT NULL,
  token uuid NOT NULL DEFAULT gen_random_uuid(),
  seen_at timestamp with time zone DEFAULT clock_timestamp(),
  number bigint NOT NULL DEFAULT nextval('ticket_numbers'),
  open boolean NOT NULL DEFAULT true,
  created_at timestamp with time zone NOT NULL DEFAULT now()
);
