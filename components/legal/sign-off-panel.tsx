"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action";
import type { TSignOffDerogation } from "@/lib/validations/legal-records";

type Props = {
  systemId: string;
  version: number;
  canSignOff: boolean;
  /** Why sign-off is not possible yet, or null when it is. */
  blocker: string | null;
  signedOff: { by: string; at: string } | null;
  action: (
    input: TSignOffDerogation,
  ) => Promise<ActionResult<{ runSequence: number; disposition: "final" | "requires_review" }>>;
};

// Legal's sign-off: it stores a new classification run in which the engine treats the assessment as reviewed.
export function SignOffPanel({ systemId, version, canSignOff, blocker, signedOff, action }: Props) {
  const router = useRouter();
  const t = useTranslations("LegalSignOff");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const onClick = () =>
    start(async () => {
      setMessage(null);
      const result = await action({ systemId, version }).catch(() => null);
      if (!result) return setMessage({ tone: "error", text: t("unreachable") });
      if (!result.ok) return setMessage({ tone: "error", text: result.error });
      const rest = result.data.disposition === "final" ? t("final") : t("openQuestions");
      setMessage({ tone: "ok", text: t("done", { run: result.data.runSequence, rest }) });
      router.refresh();
    });
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-3 text-sm">
        {signedOff ? (
          <p className="text-slate-800">
            {t.rich("signedOff", {
              name: signedOff.by,
              date: signedOff.at,
              b: (chunks) => <span className="font-medium">{chunks}</span>,
            })}
          </p>
        ) : blocker ? (
          <p className="text-slate-800">{blocker}</p>
        ) : canSignOff ? (
          <p className="text-slate-800">{t("ready")}</p>
        ) : (
          <p className="text-slate-800">{t("awaiting")}</p>
        )}
        {!signedOff && !blocker && canSignOff && (
          <Button type="button" onClick={onClick} disabled={pending} aria-describedby="sign-off-status">
            {pending ? t("signingOff") : t("signOff")}
          </Button>
        )}
        <p
          id="sign-off-status"
          role="status"
          className={message?.tone === "error" ? "font-medium text-red-700" : "font-medium text-emerald-800"}
        >
          {message?.text ?? ""}
        </p>
      </CardBody>
    </Card>
  );
}
