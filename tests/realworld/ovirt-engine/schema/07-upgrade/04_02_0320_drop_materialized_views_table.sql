DROP TABLE IF EXISTS materialized_views CASCADE;
