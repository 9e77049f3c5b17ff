SELECT fn_db_delete_config_value('MigrationPolicies','general');
