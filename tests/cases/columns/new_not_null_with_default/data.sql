INSERT INTO "Order" (id, "userId") VALUES ('ord_1', 'usr_1'), ('ord_2', 'usr_1'), ('ord_3', 'usr_2');
