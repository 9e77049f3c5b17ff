select fn_db_add_column('storage_domain_static', 'discard_after_delete', 'BOOLEAN NOT NULL DEFAULT FALSE');
