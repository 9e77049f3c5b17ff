SELECT fn_db_add_column('storage_domain_static', 'backup', 'boolean not null default false');
