SELECT fn_db_drop_column('image_transfers', 'signed_ticket');
