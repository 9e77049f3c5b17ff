select fn_db_add_column('vds_dynamic', 'supported_domain_versions', 'varchar(256)');
