SELECT fn_db_drop_column('providers', 'agent_configuration');
