DELETE FROM vdc_options WHERE version = '3.6';
