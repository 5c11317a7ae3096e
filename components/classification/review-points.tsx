import { useTranslations } from "next-intl";
import { reviewPoints } from "@/lib/classification/result-status";
import type { ClassificationResult } from "@/lib/rules";
import { useResultWords } from "./result-words";

// "Needs a lawyer": the disputed readings the tier, role or scope turns on, and the findings the engine marked for review.
export function ReviewPoints({ result }: { result: ClassificationResult }) {
  const t = useTranslations("ResultLabels");
  const { tr } = useResultWords();
  const points = reviewPoints(result.openQuestions);
  const findings = result.findings.filter((f) => f.outcome === "review");
  if (points.length + findings.length === 0) return <p className="text-sm text-slate-600">{t("nothingForLawyer")}</p>;
  return (
    <ul className="space-y-2">
      {[
        ...points.map((p) => ({ key: `q:${p.text}`, text: p.text, citation: p.citation })),
        ...findings.map((f) => ({ key: f.code, text: f.reason, citation: f.citation })),
      ].map((p) => (
        <li key={p.key} className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950">
          <p>{tr(p.text)}</p>
          <p className="mt-1 text-xs text-sky-900">
            <span className="sr-only">{t("citation")}</span>
            <cite className="not-italic">{p.citation}</cite>
          </p>
        </li>
      ))}
    </ul>
  );
}
