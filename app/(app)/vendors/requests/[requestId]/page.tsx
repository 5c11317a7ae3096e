import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
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
import { formatDateIn } from "@/lib/i18n/format";
import { ruleText } from "@/lib/rules/i18n";
import { ITEM_KEYS } from "@/lib/vendors/item-keys";
import { decideVendorExtensionAction, revokeVendorRequestAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("VendorRequestPage"))("metaTitle") };
}

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
  const [viewer, t, items, locale] = await Promise.all([
    getViewer(actor),
    getTranslations("VendorRequestPage"),
    getTranslations("RespondItems"),
    getLocale(),
  ]);
  const formatDate = (date: Date | string) => formatDateIn(locale, date);
  const canWrite = !!viewer.role && can(viewer.role, "evidence.write");
  const pendingExtension = r.extensionUntil && r.extensionAccepted === null;
  return (
    <>
      <PageHeader
        title={t("title", { vendor: r.vendor.name })}
        description={t.rich("about", {
          system: r.systemName,
          date: formatDate(r.createdAt),
          by: r.createdByLabel || t("formerMember"),
          link: (chunks: ReactNode) => (
            <Link href={`/systems/${r.systemId}`} className="font-medium text-indigo-700 underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
        actions={
          canWrite && r.linkOpen ? (
            <ActionButton
              label={t("revoke")}
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
              {t("status")} <RequestStatusBadge status={r.status} />
            </span>
            <span>{t("due", { date: formatDate(r.effectiveDueDate) })}</span>
            <span>
              {r.revokedAt
                ? t("linkRevoked", { date: formatDate(r.revokedAt) })
                : t(r.linkOpen ? "linkWorks" : "linkExpired", { date: formatDate(r.expiresAt) })}
            </span>
            <Link href={`/vendors/${r.vendor.id}`} className="text-indigo-700 underline underline-offset-2">
              {t("vendor", { name: r.vendor.name })}
            </Link>
          </CardBody>
        </Card>
        {r.extensionUntil && (
          <Alert tone="info" title={t("moreTime", { vendor: r.vendor.name, date: formatDate(r.extensionUntil) })}>
            <p className="whitespace-pre-wrap">{r.extensionReason}</p>
            {pendingExtension && canWrite ? (
              <div className="mt-3 flex flex-wrap gap-3">
                <ActionButton
                  label={t("accept")}
                  variant="primary"
                  input={{ requestId: r.id, accept: true }}
                  action={decideVendorExtensionAction}
                />
                <ActionButton
                  label={t("decline")}
                  input={{ requestId: r.id, accept: false }}
                  action={decideVendorExtensionAction}
                />
              </div>
            ) : (
              <p className="mt-2 font-medium">
                {t(r.extensionAccepted === true ? "accepted" : r.extensionAccepted === false ? "declined" : "awaiting")}
              </p>
            )}
          </Alert>
        )}
        <Card>
          <CardHeader title={t("items")} description={t("itemsDescription")} />
          <ul className="divide-y divide-slate-100">
            {r.items.map((item) => (
              <li key={item.id} className="space-y-1 px-5 py-4 text-sm">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {items(ITEM_KEYS[item.kind].title)}
                  {item.article && <span className="font-normal text-slate-600">{item.article}</span>}
                  <span className={item.answeredAt ? "text-emerald-800" : "text-slate-600"}>
                    {item.answeredAt ? t("answered", { date: formatDate(item.answeredAt) }) : t("notAnswered")}
                  </span>
                </p>
                {item.question && <p className="text-slate-700">{t("asked", { question: item.question })}</p>}
                {item.answerText && (
                  <p className="whitespace-pre-wrap text-slate-900">{t("answer", { answer: item.answerText })}</p>
                )}
                {item.filedOn.length > 0 && (
                  <p className="text-slate-700">
                    {t("filedOn")}{" "}
                    {item.filedOn.map((o, i) => (
                      <span key={o?.id ?? i}>
                        {i > 0 && ", "}
                        {o ? `${o.article} ${ruleText(locale, o.title)}` : t("theSystem")}
                      </span>
                    ))}
                    {" · "}
                    <Link
                      href={`/systems/${r.systemId}/obligations`}
                      className="text-indigo-700 underline underline-offset-2"
                    >
                      {t("seeObligations")}
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
