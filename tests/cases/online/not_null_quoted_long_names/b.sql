CREATE TABLE "Customer Accounts With A Rather Long Name" (
  "Primary Email Address Of The Customer" text NOT NULL,
  "Select" text NOT NULL
);
