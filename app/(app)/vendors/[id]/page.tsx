import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { RequestStatusBadge } from "@/components/vendors/request-status-badge";
import { SupplyForm, UnlinkButton } from "@/components/vendors/supply-form";
import { VendorEditForm } from "@/components/vendors/vendor-form";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { vendorSupplyOptions } from "@/lib/dal/vendors/supply-options";
import { getVendor } from "@/lib/dal/vendors/vendors";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/utils";
import { linkVendorSupplyAction, unlinkVendorSupplyAction, updateVendorAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, vendor: await getVendor(actor, id) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { vendor } = await load((await params).id);
  return { title: vendor.name };
}

export default async function VendorPage({ params }: Props) {
  const { actor, vendor } = await load((await params).id);
  const viewer = await getViewer(actor);
  const canWrite = !!viewer.role && can(viewer.role, "evidence.write");
  const options = canWrite ? await vendorSupplyOptions(actor, vendor.id) : null;
  const supplied = [
    ...vendor.systems.map((s) => ({ ...s, kind: "system" as const, href: `/systems/${s.id}` })),
    ...vendor.models.map((m) => ({ ...m, kind: "model" as const, href: "/models" })),
  ];
  return (
    <>
      <PageHeader
        title={vendor.name}
        description={vendor.owed.length ? `Still owes: ${vendor.owed.join(", ")}.` : "Owes nothing on an open request."}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Card>
            <CardHeader
              title="Requests"
              description="Start a request from the page of the system it is about (Request information from the vendor)."
            />
            {vendor.requests.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-600">No requests yet.</p>
            ) : (
              <Table caption={`Requests to ${vendor.name}`}>
                <TableHead>
                  <Th>System</Th>
                  <Th>Sent</Th>
                  <Th>Due</Th>
                  <Th>Answered</Th>
                  <Th>Status</Th>
                </TableHead>
                <TableBody>
                  {vendor.requests.map((r) => (
                    <tr key={r.id}>
                      <Th scope="row" className="font-medium">
                        <Link
                          href={`/vendors/requests/${r.id}`}
                          className="text-indigo-700 underline underline-offset-2"
                        >
                          {r.systemName}
                        </Link>
                      </Th>
                      <td className="whitespace-nowrap px-3 py-2.5">{formatDate(r.createdAt)}</td>
                      <td className="whitespace-nowrap px-3 py-2.5">{formatDate(r.dueDate)}</td>
                      <td className="whitespace-nowrap px-3 py-2.5">
                        {r.answered} of {r.total}
                      </td>
                      <td className="px-3 py-2.5">
                        <RequestStatusBadge status={r.status} />
                      </td>
                    </tr>
                  ))}
                </TableBody>
              </Table>
            )}
          </Card>
          <Card>
            <CardHeader title="Supplies" description="The AI systems and models this vendor provides to you." />
            <CardBody className="space-y-4">
              {supplied.length === 0 ? (
                <p className="text-sm text-slate-600">Nothing recorded yet.</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm">
                  {supplied.map((s) => (
                    <li key={`${s.kind}:${s.id}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>
                        <Link href={s.href} className="font-medium text-indigo-700 underline underline-offset-2">
                          {s.name}
                        </Link>{" "}
                        <span className="text-slate-600">({s.kind === "system" ? "AI system" : "model"})</span>
                      </span>
                      {canWrite && (
                        <UnlinkButton
                          name={s.name}
                          input={{ vendorId: vendor.id, kind: s.kind, targetId: s.id }}
                          unlink={unlinkVendorSupplyAction}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {options && (
                <SupplyForm
                  vendorId={vendor.id}
                  systems={options.systems}
                  models={options.models}
                  link={linkVendorSupplyAction}
                />
              )}
            </CardBody>
          </Card>
        </div>
        <Card className="self-start">
          <CardHeader title="Details" />
          <CardBody>
            {canWrite ? (
              <VendorEditForm
                vendor={{
                  vendorId: vendor.id,
                  name: vendor.name,
                  contactName: vendor.contactName,
                  contactEmail: vendor.contactEmail,
                  website: vendor.website,
                  notes: vendor.notes,
                }}
                update={updateVendorAction}
              />
            ) : (
              <dl className="space-y-2 text-sm">
                <dt className="font-medium text-slate-900">Contact</dt>
                <dd className="text-slate-700">
                  {[vendor.contactName, vendor.contactEmail].filter(Boolean).join(", ") || "—"}
                </dd>
                <dt className="font-medium text-slate-900">Website</dt>
                <dd className="break-all text-slate-700">{vendor.website || "—"}</dd>
                <dt className="font-medium text-slate-900">Notes</dt>
                <dd className="whitespace-pre-wrap text-slate-700">{vendor.notes || "—"}</dd>
              </dl>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
