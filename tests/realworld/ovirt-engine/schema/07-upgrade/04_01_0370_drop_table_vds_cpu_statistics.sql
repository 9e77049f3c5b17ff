DROP TABLE IF EXISTS vds_cpu_statistics CASCADE;

