CREATE TABLE public.sales (id integer, region text, product text, amount integer);
CREATE MATERIALIZED VIEW public.sales_by_region AS SELECT region, product, sum(amount) AS total FROM sales GROUP BY region, product;
CREATE STATISTICS sales_by_region_stats ON region, product FROM sales_by_region;
