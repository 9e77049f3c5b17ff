select fn_db_add_column('vds_dynamic', 'nmstate_version', 'varchar(4000)');
