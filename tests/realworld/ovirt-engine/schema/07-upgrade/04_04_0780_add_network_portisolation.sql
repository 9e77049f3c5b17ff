SELECT fn_db_add_column('network',
                        'port_isolation',
                        'BOOLEAN NOT NULL DEFAULT FALSE');

