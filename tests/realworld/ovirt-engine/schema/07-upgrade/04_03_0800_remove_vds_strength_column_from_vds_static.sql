SELECT fn_db_drop_column('vds_static', 'vds_strength');
