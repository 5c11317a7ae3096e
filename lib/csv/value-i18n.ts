import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { LIFECYCLE_KEYS, TIER_KEYS } from "@/lib/validations/value-keys";
import { ROLE_LABELS, type Role } from "@/lib/rules";
import { ruleText } from "@/lib/rules/i18n";
import { DISPOSITION_DISPLAY } from "@/lib/classification/display";
import { BAND_LABELS } from "@/lib/risks/score";
import { STATUS_LABELS } from "@/lib/validations/obligation";
import { RISK_SOURCE_LABELS, RISK_STATUS_LABELS, RISK_TREATMENT_LABELS } from "@/lib/validations/risks";
import { LIFECYCLE_LABELS, TIER_DISPLAY } from "@/lib/validations/system-fields";

// The CSV exports' fixed values (a tier, a stage, a status), in the reader's language: a spreadsheet is read by a
// person, who filters it by the words the pages show. Each is the message the interface already says it with
// ("Namespace.key"), so a term has one translation; the code keeps the English, which imports also take back.
const KEYS: Record<string, string> = {
  ...keyed(LIFECYCLE_LABELS, inNamespace("SystemBadges", LIFECYCLE_KEYS)),
  ...keyed(TIER_DISPLAY, inNamespace("SystemBadges", TIER_KEYS)),
  "Not classified": "SystemBadges.notClassified",
  ...keyed(DISPOSITION_DISPLAY, {
    FINAL: "DossierOpenPoints.final",
    REQUIRES_REVIEW: "SystemBadges.requiresReview",
    UNDETERMINED: "SystemBadges.notDetermined",
  }),
  ...keyed(RISK_SOURCE_LABELS, {
    INTAKE: "RiskChoices.sourceIntake",
    FRIA: "RiskChoices.fundamentalRightsImpactAssessment",
    INCIDENT: "RiskChoices.sourceIncident",
    MONITORING: "RiskChoices.sourceMonitoring",
    MANUAL: "RiskChoices.sourceManual",
  }),
  ...keyed(RISK_TREATMENT_LABELS, {
    MITIGATE: "RiskChoices.treatmentMitigate",
    ACCEPT: "RiskChoices.treatmentAccept",
    AVOID: "RiskChoices.treatmentAvoid",
    TRANSFER: "RiskChoices.treatmentTransfer",
  }),
  // The risk register's words for its statuses and bands, as its Word export says them.
  ...keyed(RISK_STATUS_LABELS, {
    OPEN: "LegalDocxRisks.statusOpen",
    TREATED: "LegalDocxRisks.statusTreated",
    CLOSED: "LegalDocxRisks.statusClosed",
  }),
  ...keyed(BAND_LABELS, {
    LOW: "LegalDocxRisks.bandLow",
    MEDIUM: "LegalDocxRisks.bandMedium",
    HIGH: "LegalDocxRisks.bandHigh",
    CRITICAL: "LegalDocxRisks.bandCritical",
  }),
  ...keyed(STATUS_LABELS, {
    NOT_STARTED: "ObligationStatus.notStarted",
    IN_PROGRESS: "ObligationStatus.inProgress",
    DONE: "ObligationStatus.done",
    NOT_APPLICABLE: "ObligationStatus.notApplicable",
  }),
  yes: "SystemOverview.yes",
  no: "SystemOverview.no",
};

function inNamespace<C extends string>(namespace: string, keys: Record<C, string>): Record<C, string> {
  return Object.fromEntries(Object.entries(keys).map(([code, key]) => [code, `${namespace}.${key}`])) as Record<
    C,
    string
  >;
}

// English label → message key, from a code → label table and a code → key table (so no label is typed twice).
function keyed<C extends string>(labels: Record<C, string>, keys: Record<C, string>): Record<string, string> {
  return Object.fromEntries((Object.keys(labels) as C[]).map((code) => [labels[code], keys[code]]));
}

// Said once per language and value: an export writes one per cell, for up to every system of an organisation.
const SAID = new Map<Locale, Map<string, string>>();

function said(locale: Locale): Map<string, string> {
  let words = SAID.get(locale);
  if (!words) {
    const t = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as (key: string) => string;
    words = new Map(Object.entries(KEYS).map(([english, key]) => [english, t(key)]));
    SAID.set(locale, words);
  }
  return words;
}

/** An export's English value in `locale`; a value with no message (a name, a date) stays as it is. */
export function csvValueIn(locale: Locale, english: string): string {
  return locale === "en" ? english : (said(locale).get(english) ?? english);
}

/** Every language's word for an English value, so an import takes back a file exported in any of them. */
export function csvValueNames(english: string): string[] {
  if (!KEYS[english]) return [english];
  return [...new Set([english, ...LOCALES.map((locale) => said(locale).get(english) ?? english)])];
}

/**
 * A role code ("provider") as the reader's language names it ("Anbieter", "fournisseur"), with the Act's terms from
 * the rule set's glossary; English keeps the code, which is its word too, as exports always had it.
 */
export function csvRoleIn(locale: Locale, code: string): string {
  const label = ROLE_LABELS[code as Role];
  return locale === "en" || !label ? code : ruleText(locale, label);
}
