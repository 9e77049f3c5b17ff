INSERT INTO inventory (sku, quantity) VALUES ('A-1', '12'), ('B-2', '0');
