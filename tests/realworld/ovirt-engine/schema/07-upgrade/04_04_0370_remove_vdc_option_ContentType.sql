SELECT fn_db_delete_config_value_all_versions('ContentType');
