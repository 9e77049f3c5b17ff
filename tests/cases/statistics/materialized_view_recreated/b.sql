-- The materialized view's query changes: it is dropped and created again, and its statistics object with it.
CREATE TABLE public.sales (id integer, region text, product text, amount integer);
CREATE MATERIALIZED VIEW public.sales_by_region AS SELECT region, product, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region, product;
CREATE STATISTICS sales_by_region_stats ON region, product FROM sales_by_region;
