-- Remove response_duration_ms column from messageattempt table
ALTER TABLE messageattempt DROP COLUMN response_duration_ms;
