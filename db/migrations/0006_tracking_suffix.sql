-- The numeric part of a tracking number: at least six digits, and every digit past a million
-- (lpad(…, 6) alone would cut 1000000 down to 100000 and repeat earlier numbers).
CREATE OR REPLACE FUNCTION next_tracking_suffix() RETURNS text AS $$
  SELECT lpad(v::text, greatest(6, length(v::text)), '0')
  FROM nextval('service_request_number_seq') AS v
$$ LANGUAGE sql VOLATILE;
