SELECT fn_db_add_column('unregistered_ovf_of_entities', 'status', 'integer');

