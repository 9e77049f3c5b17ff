UPDATE vm_static SET usb_policy = 2 WHERE usb_policy = 0;
