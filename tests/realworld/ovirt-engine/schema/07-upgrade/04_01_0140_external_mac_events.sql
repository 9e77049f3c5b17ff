INSERT INTO event_map (
  event_up_name,
  event_down_name
)
VALUES (
  'MAC_ADDRESS_IS_EXTERNAL',
  'UNASSIGNED'
);
