import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
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
import { formatDateIn } from "@/lib/i18n/format";
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
  const [viewer, t, locale] = await Promise.all([getViewer(actor), getTranslations("VendorPage"), getLocale()]);
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
        description={vendor.owed.length ? t("owes", { items: vendor.owed.join(", ") }) : t("owesNothing")}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("requests")} description={t("requestsDescription")} />
            {vendor.requests.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-600">{t("noRequests")}</p>
            ) : (
              <Table caption={t("requestsCaption", { name: vendor.name })}>
                <TableHead>
                  <Th>{t("system")}</Th>
                  <Th>{t("sent")}</Th>
                  <Th>{t("due")}</Th>
                  <Th>{t("answered")}</Th>
                  <Th>{t("status")}</Th>
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
                      <td className="whitespace-nowrap px-3 py-2.5">{formatDateIn(locale, r.createdAt)}</td>
                      <td className="whitespace-nowrap px-3 py-2.5">{formatDateIn(locale, r.dueDate)}</td>
                      <td className="whitespace-nowrap px-3 py-2.5">
                        {t("answeredOf", { answered: r.answered, total: r.total })}
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
            <CardHeader title={t("supplies")} description={t("suppliesDescription")} />
            {/* The remove buttons and the supply form are client components. */}
            <ClientMessages namespaces={["VendorSupplyForm"]}>
              <CardBody className="space-y-4">
                {supplied.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("nothingRecorded")}</p>
                ) : (
                  <ul className="divide-y divide-slate-100 text-sm">
                    {supplied.map((s) => (
                      <li key={`${s.kind}:${s.id}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <span>
                          <Link href={s.href} className="font-medium text-indigo-700 underline underline-offset-2">
                            {s.name}
                          </Link>{" "}
                          <span className="text-slate-600">
                            ({s.kind === "system" ? t("kindSystem") : t("kindModel")})
                          </span>
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
            </ClientMessages>
          </Card>
        </div>
        <Card className="self-start">
          <CardHeader title={t("details")} />
          <CardBody>
            {canWrite ? (
              <ClientMessages namespaces={["VendorForm"]}>
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
              </ClientMessages>
            ) : (
              <dl className="space-y-2 text-sm">
                <dt className="font-medium text-slate-900">{t("contact")}</dt>
                <dd className="text-slate-700">
                  {[vendor.contactName, vendor.contactEmail].filter(Boolean).join(", ") || "—"}
                </dd>
                <dt className="font-medium text-slate-900">{t("website")}</dt>
                <dd className="break-all text-slate-700">{vendor.website || "—"}</dd>
                <dt className="font-medium text-slate-900">{t("notes")}</dt>
                <dd className="whitespace-pre-wrap text-slate-700">{vendor.notes || "—"}</dd>
              </dl>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
