select fn_db_add_config_value('ClientModeConsoleDefault','vnc','general');
