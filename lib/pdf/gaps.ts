import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { ANNEX_IV_SECTIONS } from "@/lib/legal/annex-iv";
import { localizeSection } from "@/lib/legal/i18n";
import { ruleText } from "@/lib/rules/i18n";
import { isBacked } from "./evidence-backing";
import { documentationDuties } from "./requirements";
import { isHighRisk, overdueReviews } from "./risk-register";
import type { DossierClassification, DossierSnapshot } from "./snapshot";
import type { OpenQuestion } from "@/lib/rules";

// What a regulator would find missing in a dossier, read from its snapshot alone, so page 1 of the PDF, the export
// page and the server's refusal of a final version all name the same gaps. A blocking gap makes the dossier a draft:
// a final version is only sealed when there is none.

export type DossierGapKind =
  | "classification"
  | "review"
  | "open-questions"
  | "annex-iv"
  | "derogation"
  | "fria"
  | "evidence"
  | "registration"
  | "risk-register";

export type DossierGap = {
  kind: DossierGapKind;
  blocking: boolean;
  /** One line, e.g. "Annex IV technical documentation: 3 of 9 sections missing". */
  title: string;
  /** What exactly is missing, one entry each (section names, duty titles, questions). */
  items: string[];
  /** The named destination in the PDF where the gap is shown. */
  destination: string;
};

/** Named destinations the dossier's sections register, so each gap on page 1 links to where it is explained. */
export const GAP_DESTINATIONS: Record<DossierGapKind, string> = {
  classification: "gap-classification",
  review: "gap-review",
  "open-questions": "gap-open-questions",
  "annex-iv": "gap-annex-iv",
  derogation: "gap-derogation",
  fria: "gap-fria",
  evidence: "gap-obligations",
  registration: "gap-registration",
  "risk-register": "gap-risk-register",
};

type Snapshot = Pick<
  DossierSnapshot,
  "classification" | "obligations" | "records" | "riskRegister" | "policyEvidence" | "literacy"
>;

/** The disposition after legal's latest decision; snapshots sealed before it was stored carry the engine's only. */
export function dispositionOf(c: DossierClassification): "FINAL" | "REQUIRES_REVIEW" | "UNDETERMINED" {
  if (c.disposition) return c.disposition;
  return c.result.disposition === "requires_review"
    ? "REQUIRES_REVIEW"
    : c.result.disposition === "undetermined"
      ? "UNDETERMINED"
      : "FINAL";
}

/** Open questions as the app counts them from the stored answers; older snapshots fall back on the engine's list. */
export function openQuestionsIn(c: DossierClassification): { deciding: OpenQuestion[]; completing: OpenQuestion[] } {
  if (c.openQuestions) return c.openQuestions;
  const open = c.result.openQuestions;
  return { deciding: open.filter((q) => q.decides !== undefined), completing: open.filter((q) => !q.decides) };
}

const gap = (kind: DossierGapKind, blocking: boolean, title: string, items: string[] = []): DossierGap => ({
  kind,
  blocking,
  title,
  items,
  destination: GAP_DESTINATIONS[kind],
});

type GapText = ReturnType<typeof gapTranslator>;
const gapTranslator = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "DossierGaps" });

/** The gaps in `locale` (the PDF's language; the export page and the server's refusal read them in English). */
export function dossierGaps(snapshot: Snapshot, locale: Locale = DEFAULT_LOCALE): DossierGap[] {
  const t = gapTranslator(locale);
  const c = snapshot.classification;
  if (!c) return [gap("classification", true, t("notClassified"))];
  const gaps: DossierGap[] = [];
  const disposition = dispositionOf(c);
  if (disposition === "REQUIRES_REVIEW") gaps.push(gap("review", true, t("reviewRequired")));
  const open = openQuestionsIn(c);
  if (open.deciding.length > 0 || disposition === "UNDETERMINED")
    gaps.push(
      gap(
        "open-questions",
        true,
        t("undetermined", { count: open.deciding.length }),
        open.deciding.map((q) => ruleText(locale, q.text)),
      ),
    );
  if (open.completing.length > 0)
    gaps.push(
      gap(
        "open-questions",
        false,
        t("completing", { count: open.completing.length }),
        open.completing.map((q) => ruleText(locale, q.text)),
      ),
    );

  const duties = documentationDuties(c);
  const { records } = snapshot;
  if (duties.annexIv) {
    const done = new Set((records.annexIv ?? []).filter((r) => r.complete).map((r) => r.section));
    const missing = ANNEX_IV_SECTIONS.filter((s) => !done.has(s.number));
    if (missing.length > 0)
      gaps.push(
        gap(
          "annex-iv",
          true,
          t("annexIv", { missing: missing.length, total: ANNEX_IV_SECTIONS.length }),
          missing.map((s) => t("annexIvSection", { number: s.number, title: localizeSection(locale, s).title })),
        ),
      );
  }
  if (duties.derogation && !(records.derogation?.complete && records.derogation.signedOffBy))
    gaps.push(gap("derogation", true, records.derogation ? t("derogationIncomplete") : t("derogationMissing")));
  if (duties.fria && !records.fria?.complete)
    gaps.push(gap("fria", true, records.fria ? t("friaIncomplete") : t("friaMissing")));

  const live = snapshot.obligations.filter((o) => !o.obsolete);
  const unevidenced = live.filter((o) => o.status === "DONE" && !isBacked(snapshot, o));
  if (unevidenced.length > 0)
    gaps.push(
      gap(
        "evidence",
        true,
        t("unevidenced", { count: unevidenced.length }),
        unevidenced.map((o) => `${o.article}: ${ruleText(locale, o.title)}`),
      ),
    );

  if (duties.registration && !registered(snapshot, live))
    gaps.push(
      gap("registration", true, t("registration", { basis: c.result.facets.registrationBasis.join(", ") || "Art 49" })),
    );
  return [...gaps, ...riskRegisterGaps(snapshot, t, locale)];
}

// Art 9 asks for a risk management system, which may be documented elsewhere and evidenced under its duty: so an
// empty register or a late review is named on page 1 but does not block a final dossier. Snapshots sealed before
// the register existed have none and are not judged on it.
function riskRegisterGaps(snapshot: Snapshot, t: GapText, locale: Locale): DossierGap[] {
  const register = snapshot.riskRegister;
  if (!register) return [];
  if (register.risks.length === 0)
    return isHighRisk(snapshot.classification) ? [gap("risk-register", false, t("noRisks"))] : [];
  const late = overdueReviews(register.risks, register.asOf);
  if (late.length === 0) return [];
  return [
    gap(
      "risk-register",
      false,
      t("lateReviews", { count: late.length }),
      late.map((r) => t("lateReview", { title: r.title, due: formatDateIn(locale, r.nextReviewDate) })),
    ),
  ];
}

// Actlas keeps no registration number of its own except the Annex VIII one of an Art 6(3) record; otherwise the
// registration is shown by its duty (Art 49) being done with evidence.
function registered(snapshot: Snapshot, live: Snapshot["obligations"]): boolean {
  if (snapshot.records.derogation?.fields.registrationReference?.trim()) return true;
  const duties = live.filter((o) => /\bArt 49\b/.test(o.article));
  return (
    duties.length > 0 &&
    duties.every((o) => o.status === "NOT_APPLICABLE" || (o.status === "DONE" && isBacked(snapshot, o)))
  );
}

export const blockingGaps = (gaps: DossierGap[]) => gaps.filter((g) => g.blocking);
