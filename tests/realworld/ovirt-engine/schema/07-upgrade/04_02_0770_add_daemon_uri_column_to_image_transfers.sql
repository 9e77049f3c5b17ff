select fn_db_add_column('image_transfers', 'daemon_uri', 'VARCHAR DEFAULT NULL');
