-- The same schema as b.sql, written by a person; b.sql is pg_dump's spelling of it. Nothing may be planned.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TABLE orders (
  id integer PRIMARY KEY,
  status order_status NOT NULL DEFAULT 'new',
  qty integer NOT NULL CHECK (qty BETWEEN 1 AND 100),
  discount integer CHECK (discount NOT BETWEEN 50 AND 60),
  code integer CHECK (code IN (1, 2, 3)),
  region text CHECK (region NOT IN ('xx', 'yy')),
  CONSTRAINT orders_open_check CHECK (status <> 'cancelled' OR qty > 0)
);
CREATE INDEX orders_pending_idx ON orders (id) WHERE status IN ('new', 'paid');

-- schemaplan-fuzz: to
CREATE TYPE public.order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);
CREATE TABLE public.orders (
    id integer NOT NULL,
    status public.order_status DEFAULT 'new'::public.order_status NOT NULL,
    qty integer NOT NULL,
    discount integer,
    code integer,
    region text,
    CONSTRAINT orders_code_check CHECK ((code = ANY (ARRAY[1, 2, 3]))),
    CONSTRAINT orders_discount_check CHECK (((discount < 50) OR (discount > 60))),
    CONSTRAINT orders_open_check CHECK (((status <> 'cancelled'::public.order_status) OR (qty > 0))),
    CONSTRAINT orders_qty_check CHECK (((qty >= 1) AND (qty <= 100))),
    CONSTRAINT orders_region_check CHECK ((region <> ALL (ARRAY['xx'::text, 'yy'::text])))
);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE INDEX orders_pending_idx ON public.orders USING btree (id) WHERE (status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));
