SELECT fn_db_drop_column('vm_dynamic', 'last_vds_run_on');
