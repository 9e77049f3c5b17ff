UPDATE vm_dynamic SET current_cd=NULL WHERE current_cd='';

