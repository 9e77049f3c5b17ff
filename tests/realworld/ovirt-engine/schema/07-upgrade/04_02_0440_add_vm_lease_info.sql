select fn_db_add_column('vm_static', 'lease_info', 'character varying(1000)');

