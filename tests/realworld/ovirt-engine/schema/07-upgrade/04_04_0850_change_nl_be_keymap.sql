UPDATE vm_static SET vnc_keyboard_layout='en-us' WHERE vnc_keyboard_layout='nl-be';
