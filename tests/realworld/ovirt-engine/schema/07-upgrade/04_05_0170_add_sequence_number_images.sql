SELECT fn_db_add_column('images', 'sequence_number', 'INTEGER DEFAULT 0');
