SELECT fn_db_delete_config_value('IsMemorySnapshotSupported', 'general');
SELECT fn_db_delete_config_value('IsMigrationSupported', 'general');
SELECT fn_db_delete_config_value('IsSuspendSupported', 'general');
SELECT fn_db_delete_config_value('VM32BitMaxMemorySizeInMB', 'general');
SELECT fn_db_delete_config_value('VMPpc64BitMaxMemorySizeInMB', 'general');
