-- Names at the 63-byte limit and generated names PostgreSQL truncates (implicit index and constraint names).
CREATE TABLE subscription_payment_method_authorization_attempt_events_archive (
  id integer PRIMARY KEY,
  payment_method_authorization_attempt_identifier_for_reporting text UNIQUE,
  customer_reference_number_from_the_upstream_billing_provider text
);
CREATE INDEX ON subscription_payment_method_authorization_attempt_events_archive (customer_reference_number_from_the_upstream_billing_provider);
