SELECT fn_db_delete_config_value('FullScreenUserportalBasicDefault', 'general');
SELECT fn_db_delete_config_value('FullScreenUserportalExtendedDefault', 'general');
