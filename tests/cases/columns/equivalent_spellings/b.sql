create table prices (
  id integer primary key,
  label varchar(20) unique default 'basic',
  note text,
  amount decimal(10,2) not null check (amount > 0),
  created timestamptz default now(),
  flags boolean[] default '{}'
);
create index prices_created_idx on prices (created);
create sequence price_seq;
