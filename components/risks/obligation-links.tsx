"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";
import type { TRiskObligationLink } from "@/lib/validations/risks";

type Obligation = { id: string; article: string; title: string };
type LinkAction = (input: TRiskObligationLink) => Promise<ActionResult<null>>;

// Mitigations carried out through obligations: linked ones can be removed, any other of the system's can be added.
export function ObligationLinks(props: {
  riskId: string;
  linked: Obligation[];
  available: Obligation[];
  link: LinkAction;
  unlink: LinkAction;
}) {
  const t = useTranslations("RiskObligationLinks");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [choice, setChoice] = useState("");
  const linkedIds = new Set(props.linked.map((o) => o.id));
  const run = (action: LinkAction, obligationId: string) =>
    start(async () => {
      setError(null);
      const result = await action({ riskId: props.riskId, obligationId }).catch(() => null);
      if (!result) setError(t("unreachable"));
      else if (!result.ok) setError(result.error);
      else {
        setChoice("");
        router.refresh();
      }
    });
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      {props.linked.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {props.linked.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span>
                {o.article} {o.title}
              </span>
              <Button type="button" variant="secondary" disabled={pending} onClick={() => run(props.unlink, o.id)}>
                {t("unlink")}
                <span className="sr-only">{` ${o.article} ${o.title}`}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <Field id="link-obligation" label={t("linkLabel")}>
          <Select id="link-obligation" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t("choose")}</option>
            {props.available
              .filter((o) => !linkedIds.has(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.article} {o.title}
                </option>
              ))}
          </Select>
        </Field>
        <Button type="button" disabled={pending || !choice} onClick={() => run(props.link, choice)}>
          {t("link")}
        </Button>
      </div>
    </div>
  );
}
