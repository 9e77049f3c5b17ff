REINDEX TABLE vdc_options;
