-- The audit trail is append-only: the database itself refuses to change or remove an event, so no code path
-- (and no compromised application) can rewrite history without also altering this trigger.
CREATE OR REPLACE FUNCTION actlas_audit_event_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION actlas_audit_event_immutable();
