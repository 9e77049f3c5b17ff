select fn_db_add_column('vm_static', 'use_tsc_frequency', 'BOOLEAN default FALSE');
