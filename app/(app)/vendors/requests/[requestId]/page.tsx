import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/vendors/request-decisions";
import { RequestStatusBadge } from "@/components/vendors/request-status-badge";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { getVendorRequest } from "@/lib/dal/vendors/requests";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/utils";
import { decideVendorExtensionAction, revokeVendorRequestAction } from "../../actions";

export const metadata: Metadata = { title: "Vendor request" };

type Props = { params: Promise<{ requestId: string }> };

export default async function VendorRequestPage({ params }: Props) {
  const [actor, { requestId }] = await Promise.all([requireActor(), params]);
  let r;
  try {
    r = await getVendorRequest(actor, requestId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const viewer = await getViewer(actor);
  const canWrite = !!viewer.role && can(viewer.role, "evidence.write");
  const pendingExtension = r.extensionUntil && r.extensionAccepted === null;
  return (
    <>
      <PageHeader
        title={`Request to ${r.vendor.name}`}
        description={
          <>
            About{" "}
            <Link href={`/systems/${r.systemId}`} className="font-medium text-indigo-700 underline underline-offset-2">
              {r.systemName}
            </Link>
            , sent {formatDate(r.createdAt)} by {r.createdByLabel || "a former member"}.
          </>
        }
        actions={
          canWrite && r.linkOpen ? (
            <ActionButton
              label="Revoke link"
              variant="danger"
              input={{ requestId: r.id }}
              action={revokeVendorRequestAction}
            />
          ) : undefined
        }
      />
      <div className="space-y-6">
        <Card>
          <CardBody className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-700">
            <span className="flex items-center gap-2">
              Status <RequestStatusBadge status={r.status} />
            </span>
            <span>Due {formatDate(r.effectiveDueDate)}</span>
            <span>
              {r.revokedAt
                ? `Link revoked ${formatDate(r.revokedAt)}`
                : r.linkOpen
                  ? `Link works until ${formatDate(r.expiresAt)}`
                  : `Link expired ${formatDate(r.expiresAt)}`}
            </span>
            <Link href={`/vendors/${r.vendor.id}`} className="text-indigo-700 underline underline-offset-2">
              Vendor: {r.vendor.name}
            </Link>
          </CardBody>
        </Card>
        {r.extensionUntil && (
          <Alert tone="info" title={`${r.vendor.name} asks for more time, until ${formatDate(r.extensionUntil)}`}>
            <p className="whitespace-pre-wrap">{r.extensionReason}</p>
            {pendingExtension && canWrite ? (
              <div className="mt-3 flex flex-wrap gap-3">
                <ActionButton
                  label="Accept the new date"
                  variant="primary"
                  input={{ requestId: r.id, accept: true }}
                  action={decideVendorExtensionAction}
                />
                <ActionButton
                  label="Decline"
                  input={{ requestId: r.id, accept: false }}
                  action={decideVendorExtensionAction}
                />
              </div>
            ) : (
              <p className="mt-2 font-medium">
                {r.extensionAccepted === true
                  ? "Accepted."
                  : r.extensionAccepted === false
                    ? "Declined."
                    : "Awaiting a decision."}
              </p>
            )}
          </Alert>
        )}
        <Card>
          <CardHeader title="Items" description="Each answer is filed as evidence on the obligations it supports." />
          <ul className="divide-y divide-slate-100">
            {r.items.map((item) => (
              <li key={item.id} className="space-y-1 px-5 py-4 text-sm">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {item.title}
                  {item.article && <span className="font-normal text-slate-600">{item.article}</span>}
                  <span className={item.answeredAt ? "text-emerald-800" : "text-slate-600"}>
                    {item.answeredAt ? `· answered ${formatDate(item.answeredAt)}` : "· not answered yet"}
                  </span>
                </p>
                {item.question && <p className="text-slate-700">Asked: {item.question}</p>}
                {item.answerText && <p className="whitespace-pre-wrap text-slate-900">Answer: {item.answerText}</p>}
                {item.filedOn.length > 0 && (
                  <p className="text-slate-700">
                    Filed as evidence on{" "}
                    {item.filedOn.map((o, i) => (
                      <span key={o?.id ?? i}>
                        {i > 0 && ", "}
                        {o ? `${o.article} ${o.title}` : "the system"}
                      </span>
                    ))}
                    {" · "}
                    <Link
                      href={`/systems/${r.systemId}/obligations`}
                      className="text-indigo-700 underline underline-offset-2"
                    >
                      see the obligations
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
