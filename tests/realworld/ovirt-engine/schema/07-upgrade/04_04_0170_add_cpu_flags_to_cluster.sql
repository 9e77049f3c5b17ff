SELECT fn_db_add_column('cluster',
                        'cpu_flags',
                        'TEXT');

SELECT fn_db_add_column('cluster',
                        'cpu_verb',
                        'TEXT');
