SELECT fn_db_create_index('idx_ad_groups_name_domain', 'ad_groups', 'name, domain', '', false);
