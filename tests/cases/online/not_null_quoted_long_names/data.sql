INSERT INTO "Customer Accounts With A Rather Long Name" ("Primary Email Address Of The Customer", "Select") VALUES ('a@example.com', 'x');
