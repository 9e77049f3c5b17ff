select fn_db_add_column('vds_dynamic', 'boot_uuid', 'VARCHAR(64)');
