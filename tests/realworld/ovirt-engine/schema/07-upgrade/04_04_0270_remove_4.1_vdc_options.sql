DELETE FROM vdc_options WHERE version = '4.1';
