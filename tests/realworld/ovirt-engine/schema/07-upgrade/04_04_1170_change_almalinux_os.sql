UPDATE vm_static SET os=33 WHERE os=1502;
