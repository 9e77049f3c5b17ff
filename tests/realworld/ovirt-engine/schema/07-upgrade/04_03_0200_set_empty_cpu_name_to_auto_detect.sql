UPDATE cluster
SET cpu_name = 'Auto Detect'
WHERE cpu_name = '';

