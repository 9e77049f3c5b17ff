select fn_db_add_column('vds_dynamic', 'pretty_name', 'VARCHAR(255)');

