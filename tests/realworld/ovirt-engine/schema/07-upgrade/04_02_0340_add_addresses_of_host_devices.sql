select fn_db_add_column('host_device', 'address', 'character varying(255)');

