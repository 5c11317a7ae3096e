import { CircleCheck, CircleX } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { GateVerdict } from "@/lib/gate/reasons";
import { gateReasonText } from "@/lib/gate/reason-text";
import type { Locale } from "@/lib/i18n/locales";

// The CI gate's answer as a pipeline would get it now (the page loads it with previewGate; viewing records nothing),
// its reasons in the reader's language. A server component: the reasons' translations stay on the server.
export function GateCard({ gate }: { gate: GateVerdict & { lastStatus: string | null } }) {
  const t = useTranslations("GateCard");
  const locale = useLocale() as Locale;
  const pass = gate.status === "pass";
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-3 text-sm">
        <p
          className={
            pass
              ? "flex items-center gap-2 font-semibold text-emerald-800"
              : "flex items-center gap-2 font-semibold text-red-800"
          }
        >
          {pass ? (
            <CircleCheck aria-hidden="true" className="h-5 w-5" />
          ) : (
            <CircleX aria-hidden="true" className="h-5 w-5" />
          )}
          {pass ? t("pass") : t("fail")}
        </p>
        {gate.reasons.length > 0 && (
          <ul className="list-disc space-y-1.5 pl-5 text-slate-700">
            {gate.reasons.map((reason) => (
              <li key={reason.code}>{gateReasonText(locale, reason)}</li>
            ))}
          </ul>
        )}
        <p className="text-xs text-slate-600">
          {gate.lastStatus ? t("lastStatus", { status: gate.lastStatus }) : t("noPipeline")}{" "}
          <Link
            href="/developers/api#op-checkGate"
            className="font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            {t("howTo")}
          </Link>
        </p>
      </CardBody>
    </Card>
  );
}
