select fn_db_delete_config_value('DefaultMinThreadPoolSize','general');
select fn_db_delete_config_value('DefaultMaxThreadPoolSize','general');
