SELECT fn_db_add_column('image_transfers', 'shallow', 'BOOLEAN NOT NULL DEFAULT FALSE');
