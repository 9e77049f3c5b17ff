-- Names with spaces, embedded double quotes, dots and a leading digit.
CREATE TABLE "order items" ("item id" integer PRIMARY KEY, "say ""hi""" text);
