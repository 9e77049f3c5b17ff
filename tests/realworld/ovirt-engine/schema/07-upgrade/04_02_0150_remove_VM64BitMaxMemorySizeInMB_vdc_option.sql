-- Due to removing default values from ConfigValues, this script is no longer needed.
SELECT 4020150;