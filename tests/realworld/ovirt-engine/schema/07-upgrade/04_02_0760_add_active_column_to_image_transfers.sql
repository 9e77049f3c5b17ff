select fn_db_add_column('image_transfers', 'active', 'BOOLEAN NOT NULL DEFAULT FALSE');
