import Link from "next/link";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

type Props = {
  /** The new-risk form, pre-filled from the incident or breach (absent where each breach has its own link). */
  openHref?: string;
  systemId: string;
  /** The system's current risks: each one's edit form, where it is re-scored. */
  risks: { id: string; title: string }[];
  /** Names what the actions are about for screen readers, e.g. "from INC-0007". */
  context: string;
  /** The event the re-score is from ("fromIncident=…" or "fromEvent=…"): the edit form records it with the change. */
  fromQuery: string;
};

// Offered where something went wrong (a serious incident, a monitoring breach): record the risk it shows, or re-rate
// one already in the register. Re-scoring lists the risks, since only the person knows which one this touches.
export function LinkedRiskActions({ openHref, systemId, risks, context, fromQuery }: Props) {
  const t = useTranslations("LinkedRisks");
  return (
    <div className="flex flex-wrap items-start gap-3">
      {openHref && (
        <ButtonLink href={openHref} variant="secondary">
          {t("open")}
          <span className="sr-only">{` ${context}`}</span>
        </ButtonLink>
      )}
      {risks.length > 0 && (
        <details className="group min-w-0 rounded-md border border-slate-200 px-3 py-2 open:bg-white">
          <summary className="cursor-pointer text-sm font-medium text-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
            {t("rescore")}
            <span className="sr-only">{` ${context}`}</span>
          </summary>
          <ul className="mt-2 space-y-1.5 text-sm">
            {risks.map((r) => (
              <li key={r.id}>
                <Link
                  href={`/systems/${systemId}/risks?edit=${r.id}&${fromQuery}#risk-form`}
                  className="break-words text-indigo-800 underline underline-offset-2"
                >
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
