SELECT fn_db_create_index('idx_network_vdsm_name', 'network', 'vdsm_name', '', false);
