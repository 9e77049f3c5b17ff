-- This is just a dummy command to init the right version in DB
select 4010000;
