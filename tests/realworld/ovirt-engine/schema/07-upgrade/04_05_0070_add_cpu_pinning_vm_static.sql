SELECT fn_db_add_column('vm_static', 'cpu_pinning_policy', 'SMALLINT NOT NULL DEFAULT 0');
