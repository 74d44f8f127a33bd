-- The request lifecycle, enforced where no code path can skip it (mirrors lib/requests/status.ts).
CREATE OR REPLACE FUNCTION service_requests_check_transition() RETURNS trigger AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
    (OLD.status = 'new' AND NEW.status IN ('acknowledged', 'in_progress', 'closed')) OR
    (OLD.status = 'acknowledged' AND NEW.status IN ('in_progress', 'closed')) OR
    (OLD.status = 'in_progress' AND NEW.status = 'closed') OR
    (OLD.status = 'closed' AND NEW.status = 'acknowledged')
  ) THEN
    RAISE EXCEPTION 'illegal status transition % -> %', OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER service_requests_status_transition
  BEFORE UPDATE OF status ON service_requests
  FOR EACH ROW EXECUTE FUNCTION service_requests_check_transition();
