select fn_db_delete_config_value('HystrixMonitoringEnabled', 'general');
