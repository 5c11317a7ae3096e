// What an organisation can ask a vendor for, with the article that gives it the right to ask and the obligations
// (rule-set codes, lib/rules/data) whose evidence the answer becomes. Pure data: the request form, the portal and the
// data layer all read it. tests/unit/vendors/catalogue.test.ts fails if a code here disappears from the rule set.

export const REQUEST_ITEM_KINDS = [
  "instructions_for_use",
  "declaration_of_conformity",
  "ce_marking",
  "registration_number",
  "gpai_information",
  "art6_3_assessment",
  "question",
] as const;
export type RequestItemKind = (typeof REQUEST_ITEM_KINDS)[number];

export type CatalogueItem = {
  kind: RequestItemKind;
  title: string;
  article: string;
  // What the vendor reads on the portal: what to send and why.
  ask: string;
  // "file": documents expected; "number": a registration number; "text": a written answer.
  answer: "file" | "number" | "text";
  obligationCodes: readonly string[];
};

export const CATALOGUE: Record<RequestItemKind, CatalogueItem> = {
  instructions_for_use: {
    kind: "instructions_for_use",
    title: "Instructions for use",
    article: "Art 13",
    ask: "The instructions for use that accompany the system (Art 13(3)): intended purpose, accuracy, known risks, human oversight measures, logging.",
    answer: "file",
    obligationCodes: [
      "hr.deployer.use_per_instructions",
      "hr.deployer.human_oversight",
      "hr.deployer.monitoring",
      "hr.importer.verify",
      "hr.distributor.verify",
    ],
  },
  declaration_of_conformity: {
    kind: "declaration_of_conformity",
    title: "EU declaration of conformity",
    article: "Art 47",
    ask: "The signed EU declaration of conformity for the system (Art 47, content per Annex V).",
    answer: "file",
    obligationCodes: ["hr.importer.verify", "hr.distributor.verify"],
  },
  ce_marking: {
    kind: "ce_marking",
    title: "CE marking and notified-body certificate",
    article: "Arts 48, 44",
    ask: "Proof of the CE marking and, where a notified body took part, its certificate (Art 44) with its identification number.",
    answer: "file",
    obligationCodes: ["hr.importer.verify", "hr.distributor.verify"],
  },
  registration_number: {
    kind: "registration_number",
    title: "EU database registration number",
    article: "Arts 49, 71",
    ask: "The registration number of the system in the EU database for high-risk AI systems (Arts 49 and 71).",
    answer: "number",
    obligationCodes: ["hr.deployer.register_use", "hr.distributor.verify"],
  },
  gpai_information: {
    kind: "gpai_information",
    title: "Information on the general-purpose AI model",
    article: "Art 53(1)(b); Annex XII",
    ask: "The information and documentation for downstream providers (Art 53(1)(b), Annex XII): the model's capabilities and limitations, intended tasks, acceptable use and integration requirements.",
    answer: "file",
    obligationCodes: ["hr.value_chain_agreement", "hr.technical_documentation"],
  },
  art6_3_assessment: {
    kind: "art6_3_assessment",
    title: "Your Art 6(3) assessment",
    article: "Art 6(3), 6(4)",
    ask: "If you concluded that the system is not high-risk under Art 6(3), your documented assessment (Art 6(4)).",
    answer: "file",
    obligationCodes: ["derogation.document_assessment"],
  },
  question: {
    kind: "question",
    title: "A question",
    article: "",
    ask: "A question of our own, below.",
    answer: "text",
    obligationCodes: [],
  },
};

export const CATALOGUE_ITEMS: readonly CatalogueItem[] = REQUEST_ITEM_KINDS.map((k) => CATALOGUE[k]);

/**
 * The items pre-ticked for a system: what the organisation's role and the system's tier make it need from the vendor.
 * A deployer of a high-risk system needs the instructions, the declaration and the registration; an importer or a
 * distributor verifies the CE marking too; a provider building on a GPAI model needs the Annex XII information; a
 * system that may still be high-risk needs the vendor's own Art 6(3) reasoning.
 */
export function preselectedKinds(system: {
  tier: string | null;
  possibleTier: string | null;
  roles: readonly string[];
}): RequestItemKind[] {
  const tier = system.tier?.toLowerCase() ?? null;
  const possible = system.possibleTier?.toLowerCase() ?? null;
  const roles = new Set(system.roles);
  const kinds = new Set<RequestItemKind>();
  if (tier === "high") {
    if (roles.has("deployer") || roles.size === 0) {
      kinds.add("instructions_for_use").add("declaration_of_conformity").add("registration_number");
    }
    if (roles.has("importer") || roles.has("distributor")) {
      kinds.add("instructions_for_use").add("declaration_of_conformity").add("ce_marking").add("registration_number");
    }
  } else if (possible === "high") {
    kinds.add("art6_3_assessment").add("instructions_for_use");
  }
  if (roles.has("provider") && (tier === "high" || tier === "gpai" || tier === "gpai_systemic")) {
    kinds.add("gpai_information");
  }
  return REQUEST_ITEM_KINDS.filter((k) => kinds.has(k));
}
