SELECT fn_db_add_column('vds_static', 'reinstall_required', 'BOOLEAN NOT NULL DEFAULT FALSE');
