SELECT fn_db_add_column('providers', 'auto_sync', 'boolean DEFAULT false NOT NULL');
