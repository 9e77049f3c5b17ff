select fn_db_add_column('vds_statistics', 'hugepages', 'TEXT');

