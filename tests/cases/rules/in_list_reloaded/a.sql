CREATE TABLE public.tickets (id integer, code varchar(5));
CREATE TABLE public.ticket_log (id integer);
