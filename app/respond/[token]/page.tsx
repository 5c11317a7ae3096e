import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PortalAnswerForm, PortalTimeForm } from "@/components/vendors/portal-forms";
import { PortalUpload } from "@/components/vendors/portal-upload";
import { requestIp } from "@/lib/auth/request-ip";
import { viewVendorRequest, type PortalDTO } from "@/lib/dal/vendors/portal";
import { isAppError } from "@/lib/errors";
import { formatDateIn } from "@/lib/i18n/format";
import { answerVendorItemAction, askVendorExtensionAction } from "./actions";
import { PortalItemText } from "./portal-item-text";

// The supplier has no account: the page speaks their browser's language (Accept-Language, i18n/request.ts).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Respond");
  return { title: t("title"), referrer: "no-referrer" };
}

type Props = { params: Promise<{ token: string }> };

export default async function RespondPage({ params }: Props) {
  const { token } = await params;
  const [t, locale] = await Promise.all([getTranslations("Respond"), getLocale()]);
  let request: PortalDTO;
  try {
    request = await viewVendorRequest(token, await requestIp());
  } catch (error) {
    // Unknown, expired and revoked links get the same page; the data layer's audit and log say which it was.
    if (!isAppError(error) || (error.code !== "NOT_FOUND" && error.code !== "RATE_LIMITED")) throw error;
    return (
      <Card className="mx-auto max-w-md">
        <CardBody className="space-y-3">
          <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
          <Alert tone="error">{error.code === "RATE_LIMITED" ? t("rateLimited") : t("refused")}</Alert>
        </CardBody>
      </Card>
    );
  }
  const open = request.items.filter((i) => !i.answeredAt).length;
  const date = (d: Date) => formatDateIn(locale, d);
  const extension = request.extension;
  const decision = !extension ? "" : extension.accepted === null ? "pending" : extension.accepted ? "accepted" : "no";
  return (
    <ClientMessages namespaces={["RespondForms"]}>
      <div className="space-y-6">
        <Card>
          <CardBody className="space-y-2">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
              {t("heading", { organization: request.organizationName, vendor: request.vendorName })}
            </h1>
            <p className="text-sm text-slate-700">
              {t.rich("intro", {
                system: request.systemName,
                due: date(request.dueDate),
                expires: date(request.expiresAt),
                open,
                total: request.items.length,
                strong: (chunks) => <strong className="text-slate-900">{chunks}</strong>,
              })}
            </p>
            {request.message && (
              <blockquote className="whitespace-pre-wrap border-l-4 border-indigo-200 pl-3 text-sm text-slate-800">
                {request.message}
              </blockquote>
            )}
          </CardBody>
        </Card>
        {request.items.map((item) => (
          <PortalItemText
            key={item.id}
            item={item}
            status={item.answeredAt ? t("answeredOn", { date: date(item.answeredAt) }) : t("notAnswered")}
            received={t("received")}
          >
            {(title) =>
              item.answerType === "file" ? (
                <PortalUpload token={token} itemId={item.id} label={title} />
              ) : (
                <PortalAnswerForm
                  token={token}
                  itemId={item.id}
                  label={title}
                  kind={item.answerType}
                  answer={item.answerText}
                  submit={answerVendorItemAction}
                />
              )
            }
          </PortalItemText>
        ))}
        <Card>
          <CardHeader
            title={t("moreTimeTitle")}
            description={extension ? t("extensionAsked", { date: date(extension.until), decision }) : t("askLater")}
          />
          <CardBody>
            <PortalTimeForm token={token} submit={askVendorExtensionAction} />
          </CardBody>
        </Card>
      </div>
    </ClientMessages>
  );
}
