SELECT fn_db_add_column('image_transfers', 'client_type', 'SMALLINT NOT NULL DEFAULT 0');
