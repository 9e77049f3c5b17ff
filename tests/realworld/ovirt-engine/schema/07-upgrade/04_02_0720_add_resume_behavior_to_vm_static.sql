SELECT fn_db_add_column('vm_static', 'resume_behavior', 'VARCHAR(64) DEFAULT ''AUTO_RESUME''');
