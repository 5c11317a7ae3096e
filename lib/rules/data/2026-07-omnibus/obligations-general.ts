import type { ObligationTemplate } from "../types";

/**
 * Duties that attach across tiers: AI literacy, Art 5(1)(h) conditions, Art 6(3)/(4), Art 2(2) and Art 111(2).
 * The derogation duties are dated by the Annex III regime (Art 113(c)(i)) whatever route the system also has: the
 * derogation exists only for Annex III, and an Annex I date or the Art 111(2) legacy of an Annex I product must not
 * move or drop them.
 */
export const GENERAL_OBLIGATIONS: readonly ObligationTemplate[] = [
  {
    code: "general.ai_literacy",
    role: "provider",
    trigger: "aiLiteracy",
    article: "Art 4(1)",
    title: "Support AI literacy",
    summary:
      "Take measures to support the AI literacy of staff and others operating the system on your behalf, taking account of their knowledge, the context and the persons affected.",
    appliesFrom: "prohibitions",
  },
  {
    code: "general.ai_literacy",
    role: "deployer",
    trigger: "aiLiteracy",
    article: "Art 4(1)",
    title: "Support AI literacy",
    summary:
      "Take measures to support the AI literacy of staff and others using the system on your behalf, taking account of their knowledge, the context and the persons affected.",
    appliesFrom: "prohibitions",
  },
  {
    code: "rbi.prior_authorisation",
    role: "deployer",
    trigger: "rbiLawEnforcementAuthorised",
    article: "Art 5(3), Art 5(5)",
    title: "Prior authorisation for real-time identification",
    summary:
      "Obtain prior authorisation from a judicial or binding independent administrative authority (within 24 hours in urgency, stopping and deleting data if refused), under national law that provides for the use.",
    appliesFrom: "prohibitions",
    blocking: true,
  },
  {
    code: "rbi.fria_and_registration",
    role: "deployer",
    trigger: "rbiLawEnforcementAuthorised",
    article: "Art 5(2)",
    title: "FRIA and registration before use",
    summary:
      "Complete a fundamental rights impact assessment and register the system before use (in urgency, register without undue delay); confirm only the specifically targeted person.",
    appliesFrom: "prohibitions",
    blocking: true,
  },
  {
    code: "rbi.notify_authorities",
    role: "deployer",
    trigger: "rbiLawEnforcementAuthorised",
    article: "Art 5(4), Art 5(6)",
    title: "Notify authorities and report",
    summary:
      "Notify each use to the market surveillance and data-protection authorities, and contribute to the annual reports.",
    appliesFrom: "prohibitions",
  },
  {
    code: "derogation.document_assessment",
    role: "provider",
    trigger: "derogation",
    article: "Art 6(4)",
    title: "Document the Art 6(3) assessment",
    summary:
      "Document why the system is not high-risk before placing it on the market, and hand the documentation over on request.",
    appliesFrom: "chapter3Annex3",
    blocking: true,
  },
  {
    code: "derogation.register",
    role: "provider",
    trigger: "derogation",
    article: "Art 49(2); Annex VIII Section B",
    title: "Register the non-high-risk position",
    summary:
      "Register yourself and the system in the EU database with the Annex VIII Section B data, including the Art 6(3) condition relied on.",
    appliesFrom: "chapter3Annex3",
    blocking: true,
  },
  {
    code: "sectoral.annex1_section_b",
    role: "provider",
    trigger: "annex1SectionB",
    article: "Art 2(2); Art 6(1)",
    title: "AI requirements through sectoral law",
    summary:
      "The system is high-risk, but only Arts 6(1), 60a and 102-112 apply directly: the AI requirements reach it through the sectoral type-approval or certification regime.",
    appliesFrom: "chapter3",
  },
  {
    code: "legacy.significant_change_watch",
    role: "provider",
    trigger: "legacyWatch",
    article: "Art 111(2)",
    title: "Watch for significant design changes",
    summary:
      "The system was placed on the market before the Chapter III date, so the high-risk duties apply only once its design changes significantly. Track design changes per type and model.",
    appliesFrom: "chapter3",
  },
];
