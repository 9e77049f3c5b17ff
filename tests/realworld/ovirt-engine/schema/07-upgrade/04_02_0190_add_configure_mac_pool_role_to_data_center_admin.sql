select fn_db_add_action_group_to_role('DEF00001-0000-0000-0000-DEF000000001', 1663);
