SELECT fn_db_add_column('users', 'options', 'TEXT DEFAULT ''{}''');
