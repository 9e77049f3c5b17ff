select fn_db_add_column('vds_dynamic', 'openvswitch_version', 'varchar(4000)');
