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
