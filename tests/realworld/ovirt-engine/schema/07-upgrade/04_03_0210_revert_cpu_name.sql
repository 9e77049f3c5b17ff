UPDATE cluster
SET cpu_name = ''
WHERE cpu_name = 'Auto Detect';


