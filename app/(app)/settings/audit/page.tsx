import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { verifyMyOrganizationChain } from "@/lib/dal/core/audit-verify";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditTrailPage() {
  const actor = await requireActor();
  const report = await verifyMyOrganizationChain(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") return null;
    throw error;
  });
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change in this organisation is recorded as an audit event. Events are append-only and each one carries the hash of the one before, so an altered or removed event breaks the chain."
        actions={
          <ButtonLink href="/settings" variant="secondary">
            Back to settings
          </ButtonLink>
        }
      />
      <Card>
        <CardHeader title="Integrity check" description="Recomputed from the stored events just now." />
        <CardBody>
          {!report ? (
            <Alert tone="info">Only administrators, legal and auditors can verify the audit trail.</Alert>
          ) : report.ok ? (
            <Alert tone="success" title="The audit trail is intact">
              <p>
                {report.events.toLocaleString("en-GB")} events verified. Head of the chain:{" "}
                <code className="break-all font-mono text-xs">{report.headHash || "—"}</code>
              </p>
            </Alert>
          ) : (
            <Alert tone="error" title="The audit trail has been tampered with">
              <p>
                {report.problem} The first broken link is event #{report.brokenAt}.
              </p>
            </Alert>
          )}
        </CardBody>
      </Card>
    </>
  );
}
