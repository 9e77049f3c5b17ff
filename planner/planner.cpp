namespace schemaplan {}
