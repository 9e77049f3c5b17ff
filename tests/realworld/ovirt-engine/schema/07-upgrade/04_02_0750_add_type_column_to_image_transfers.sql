select fn_db_add_column('image_transfers', 'type', 'INTEGER NOT NULL DEFAULT 0');
