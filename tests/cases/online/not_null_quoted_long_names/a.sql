-- Rule 4 with names that need quoting and a helper name past 63 bytes (cut, with a hash).
CREATE TABLE "Customer Accounts With A Rather Long Name" (
  "Primary Email Address Of The Customer" text,
  "Select" text
);
