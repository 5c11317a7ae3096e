import { useTranslations } from "next-intl";
import type { ClassificationResult } from "@/lib/rules";
import { useResultWords } from "./result-words";

type ResultNote = ClassificationResult["notes"][number];

// Disputed dates and readings that do not change tier, role or scope: worth a calendar note, not a lawyer.
export function ResultNotes({ notes, empty }: { notes: readonly ResultNote[]; empty?: string }) {
  const t = useTranslations("ResultLabels");
  const { tr } = useResultWords();
  if (notes.length === 0) return <p className="text-sm text-slate-600">{empty ?? t("noNotes")}</p>;
  return (
    <ul className="space-y-2">
      {notes.map((n) => (
        <li key={n.code} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">
          <p>{tr(n.text)}</p>
          <p className="mt-1 text-xs text-slate-600">
            <span className="sr-only">{t("citation")}</span>
            <cite className="not-italic font-medium">{n.citation}</cite>
          </p>
        </li>
      ))}
    </ul>
  );
}
