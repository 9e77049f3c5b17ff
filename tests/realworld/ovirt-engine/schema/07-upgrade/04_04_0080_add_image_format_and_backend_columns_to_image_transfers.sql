select fn_db_add_column('image_transfers', 'image_format', 'INTEGER NOT NULL DEFAULT 0');
select fn_db_add_column('image_transfers', 'backend', 'INTEGER NOT NULL DEFAULT 0');

