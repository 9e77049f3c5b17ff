select fn_db_add_column('image_transfers', 'backup_id', 'UUID');
