import { date, text, textarea, type LegalField } from "./fields";

// Art 27(1)(a)-(f), plus the DPIA cross-reference (Art 27(4)) and the note of the notification to the market
// surveillance authority (Art 27(3)).
export const FRIA_ASSESSMENT_FIELDS: LegalField[] = [
  textarea(
    "processes",
    "(a) Processes in which the system is used",
    "The deployer's processes, in line with the intended purpose.",
  ),
  text("period", "(b) Period of use", "For example “from 1 March 2027, indefinitely”."),
  text("frequency", "(b) Frequency of use", "For example “about 400 applications a day”."),
  textarea("affectedGroups", "(c) Categories of persons and groups affected"),
  textarea(
    "risks",
    "(d) Specific risks of harm to them",
    "Taking into account the provider's information under Art 13.",
  ),
  textarea("oversight", "(e) Human-oversight measures", "As set out in the instructions for use."),
  textarea("mitigation", "(f) Measures if the risks materialise", "Including internal governance."),
  textarea("complaints", "(f) Complaint mechanisms"),
  textarea(
    "dpiaReference",
    "Data protection impact assessment",
    "Art 27(4) lets the FRIA cross-reference or incorporate the DPIA.",
    false,
  ),
];

export const FRIA_NOTIFICATION_FIELDS: LegalField[] = [
  date(
    "notifiedOn",
    "Date of notification",
    "The results go to the market surveillance authority on the AI Office template (Art 27(3)).",
  ),
  text("authority", "Market surveillance authority", undefined, false),
  text("notificationReference", "Reference", "The authority's case number or your letter's reference.", false),
];

export const FRIA_FIELDS: LegalField[] = [...FRIA_ASSESSMENT_FIELDS, ...FRIA_NOTIFICATION_FIELDS];
