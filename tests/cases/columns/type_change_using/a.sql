-- text -> integer has no implicit cast: the plan must convert with a USING clause; rows hold digits only.
CREATE TABLE inventory (sku text PRIMARY KEY, quantity text NOT NULL);
