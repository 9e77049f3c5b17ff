select fn_db_add_column('image_transfers', 'client_inactivity_timeout', 'INTEGER DEFAULT NULL');
