import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Finding, FindingOutcome } from "@/lib/rules";
import { useResultWords } from "./result-words";

const TONES: Record<FindingOutcome, BadgeTone> = {
  applies: "orange",
  review: "blue",
  does_not_apply: "green",
  excluded: "neutral",
  info: "neutral",
};

// Each finding with its plain-language reason and the pinpoint citation behind it.
export function FindingsList({ findings, compact = false }: { findings: readonly Finding[]; compact?: boolean }) {
  const t = useTranslations("ResultLabels");
  const { tr, outcome } = useResultWords();
  if (findings.length === 0) return <p className="text-sm text-slate-600">{t("noFindings")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {findings.map((f) => (
        <li key={f.code} className={compact ? "py-2" : "py-3"}>
          <div className="flex flex-wrap items-start gap-2">
            <Badge tone={TONES[f.outcome]}>{outcome(f.outcome)}</Badge>
            <p className="min-w-0 flex-1 text-sm text-slate-800">{tr(f.reason)}</p>
          </div>
          <p className="mt-1 text-xs text-slate-600">
            <span className="sr-only">{t("citation")}</span>
            <cite className="not-italic font-medium">{f.citation}</cite>
          </p>
        </li>
      ))}
    </ul>
  );
}
