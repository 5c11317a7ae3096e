import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PortalAnswerForm, PortalTimeForm } from "@/components/vendors/portal-forms";
import { PortalUpload } from "@/components/vendors/portal-upload";
import { requestIp } from "@/lib/auth/request-ip";
import { viewVendorRequest, type PortalDTO } from "@/lib/dal/vendors/portal";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/utils";
import { answerVendorItemAction, askVendorExtensionAction } from "./actions";

export const metadata: Metadata = { title: "Information request", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function RespondPage({ params }: Props) {
  const { token } = await params;
  let request: PortalDTO;
  try {
    request = await viewVendorRequest(token, await requestIp());
  } catch (error) {
    // Unknown, expired and revoked links get the same page; the data layer's audit and log say which it was.
    if (!isAppError(error) || (error.code !== "NOT_FOUND" && error.code !== "RATE_LIMITED")) throw error;
    return (
      <Card className="mx-auto max-w-md">
        <CardBody className="space-y-3">
          <h1 className="text-xl font-semibold text-slate-900">Information request</h1>
          <Alert tone="error">{error.message}</Alert>
        </CardBody>
      </Card>
    );
  }
  const open = request.items.filter((i) => !i.answeredAt).length;
  return (
    <div className="space-y-6">
      <Card>
        <CardBody className="space-y-2">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
            {request.organizationName} asks {request.vendorName} for information
          </h1>
          <p className="text-sm text-slate-700">
            About <strong className="text-slate-900">{request.systemName}</strong>, under the EU AI Act. Please answer
            by <strong className="text-slate-900">{formatDate(request.dueDate)}</strong>. This link works until{" "}
            {formatDate(request.expiresAt)};{" "}
            {open === 0 ? "every item is answered." : `${open} of ${request.items.length} items still open.`}
          </p>
          {request.message && (
            <blockquote className="whitespace-pre-wrap border-l-4 border-indigo-200 pl-3 text-sm text-slate-800">
              {request.message}
            </blockquote>
          )}
        </CardBody>
      </Card>
      {request.items.map((item) => (
        <Card key={item.id}>
          <CardHeader
            title={item.article ? `${item.title} (${item.article})` : item.title}
            description={item.answeredAt ? `Answered ${formatDate(item.answeredAt)}` : "Not answered yet"}
          />
          <CardBody className="space-y-3">
            <p className="text-sm text-slate-700">{item.question || item.ask}</p>
            {item.files.length > 0 && (
              <p className="text-sm text-slate-700">
                Received: <span className="break-all">{item.files.join(", ")}</span>
              </p>
            )}
            {item.answerType === "file" ? (
              <PortalUpload token={token} itemId={item.id} label={item.title} />
            ) : (
              <PortalAnswerForm
                token={token}
                itemId={item.id}
                label={item.title}
                kind={item.answerType}
                answer={item.answerText}
                submit={answerVendorItemAction}
              />
            )}
          </CardBody>
        </Card>
      ))}
      <Card>
        <CardHeader
          title="Need more time?"
          description={
            request.extension
              ? `You asked for ${formatDate(request.extension.until)}: ${
                  request.extension.accepted === null
                    ? "awaiting a decision"
                    : request.extension.accepted
                      ? "accepted"
                      : "declined"
                }.`
              : "Ask for a later date and say why; the requester decides."
          }
        />
        <CardBody>
          <PortalTimeForm token={token} submit={askVendorExtensionAction} />
        </CardBody>
      </Card>
    </div>
  );
}
