import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

// The CSV exports' header rows, in the reader's language: a spreadsheet is read by a person. Each export keeps its
// header in English in code (the JSON export, tests and re-imports name columns by it); these are the message keys of
// those English names, so a column shared by several exports is translated once.
const KEYS: Record<string, string> = {
  ID: "id",
  Name: "name",
  Description: "description",
  "Intended purpose": "intendedPurpose",
  "Business unit": "businessUnit",
  Owner: "owner",
  "Owner email": "ownerEmail",
  // The system import's label of the same column.
  "Owner (email)": "ownerEmail",
  "Vendor / provider": "vendor",
  "Lifecycle stage": "lifecycleStage",
  Tier: "tier",
  "Possible tier": "possibleTier",
  Disposition: "disposition",
  Roles: "roles",
  "Obligations done": "obligationsDone",
  "Obligations applicable": "obligationsApplicable",
  "Classified at": "classifiedAt",
  "Updated at": "updatedAt",
  "System ID": "systemId",
  System: "system",
  Article: "article",
  Obligation: "obligation",
  Code: "code",
  Role: "role",
  Status: "status",
  "Not applicable because": "notApplicableBecause",
  "Due date": "dueDate",
  "Applies from": "appliesFrom",
  Blocking: "blocking",
  "Risk ID": "riskId",
  Title: "title",
  "Affected persons": "affectedPersons",
  "Fundamental rights": "fundamentalRights",
  Source: "source",
  Likelihood: "likelihood",
  Impact: "impact",
  "Inherent score": "inherentScore",
  "Inherent band": "inherentBand",
  "Residual likelihood": "residualLikelihood",
  "Residual impact": "residualImpact",
  "Residual score": "residualScore",
  "Residual band": "residualBand",
  Treatment: "treatment",
  Mitigation: "mitigation",
  "Owner e-mail": "ownerEmailHyphen",
  "Next review": "nextReview",
  "Accepted by": "acceptedBy",
  "Accepted at": "acceptedAt",
  "Acceptance justification": "acceptanceJustification",
  "Linked obligations": "linkedObligations",
  Person: "person",
  "E-mail": "email",
  "Job role": "jobRole",
  "Learning item": "learningItem",
  Completed: "completed",
  Expires: "expires",
  "Evidence note": "evidenceNote",
  "Evidence link": "evidenceLink",
  "Evidence file": "evidenceFile",
  "Evidence file SHA-256": "evidenceFileSha256",
  Control: "control",
  Group: "group",
  "Title (Actlas wording)": "controlTitle",
  Applicability: "applicability",
  Justification: "justification",
  "Coverage in Actlas": "coverage",
  "Evidenced in Actlas by (AI Act article)": "evidencedBy",
  "Decided by": "decidedBy",
  "Decided on": "decidedOn",
};

function translator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "CsvHeader" }) as (key: string) => string;
}

/** An English header row in `locale`; a column with no message keeps its English name. */
export function csvHeaderIn(locale: Locale, english: readonly string[]): string[] {
  if (locale === "en") return [...english];
  const t = translator(locale);
  return english.map((name) => (KEYS[name] ? t(KEYS[name]) : name));
}

/** Every language's name for an English column, so an import takes back a file exported in any of them. */
export function csvHeaderNames(english: string): string[] {
  const key = KEYS[english];
  if (!key) return [english];
  return [...new Set([english, ...LOCALES.map((locale) => translator(locale)(key))])];
}
