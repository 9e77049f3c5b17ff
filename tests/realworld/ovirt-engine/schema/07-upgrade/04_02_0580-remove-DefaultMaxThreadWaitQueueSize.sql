SELECT fn_db_delete_config_value('DefaultMaxThreadWaitQueueSize', 'general');
