SELECT fn_db_add_column('affinity_groups', 'priority', 'BIGINT NOT NULL DEFAULT 10000000');
