-- The same publications built otherwise (another order, added later, default options written out): no plan.
CREATE SCHEMA app;
CREATE TABLE a (id int, v text);
CREATE TABLE app.b (id int);
CREATE PUBLICATION p;
ALTER PUBLICATION p ADD TABLE ONLY app.b;
ALTER PUBLICATION p ADD TABLE public.a (id, v) WHERE ((id > 1));
CREATE PUBLICATION q;
