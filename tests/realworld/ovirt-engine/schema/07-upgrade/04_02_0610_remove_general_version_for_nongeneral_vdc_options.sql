SELECT fn_db_delete_config_value('GlusterServicesEnabled', 'general');
SELECT fn_db_delete_config_value('SpiceSecureChannels', 'general');
SELECT fn_db_delete_config_value('SshHostRebootCommand', 'general');
SELECT fn_db_delete_config_value('SshSoftFencingCommand', 'general');
SELECT fn_db_delete_config_value('SshVdsPowerdownCommand', 'general');
SELECT fn_db_delete_config_value('VdsFenceOptionMapping', 'general');
SELECT fn_db_delete_config_value('VdsFenceType', 'general');
