SELECT fn_db_add_column('vm_statistics', 'elapsed_time', 'NUMERIC(18,0) DEFAULT 0');
