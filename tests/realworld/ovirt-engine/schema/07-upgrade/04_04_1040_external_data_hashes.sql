SELECT fn_db_add_column('vm_external_data', 'tpm_hash', 'TEXT');
SELECT fn_db_add_column('vm_nvram_data', 'nvram_hash', 'TEXT');
