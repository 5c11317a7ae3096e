import type { ObligationTemplate } from "../types";

/** Chapter V: Arts 52-55 for providers of general-purpose AI models. */
export const GPAI_OBLIGATIONS: readonly ObligationTemplate[] = [
  {
    code: "gpai.technical_documentation",
    role: "provider",
    trigger: "gpaiNotOpenSource",
    article: "Art 53(1)(a); Annex XI",
    title: "Model technical documentation",
    summary:
      "Keep Annex XI documentation (training and testing process, evaluation results, compute and energy) and provide it to the AI Office on request.",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.downstream_information",
    role: "provider",
    trigger: "gpaiNotOpenSource",
    article: "Art 53(1)(b); Annex XII",
    title: "Information for downstream providers",
    summary:
      "Give downstream providers the Annex XII information they need to integrate the model and comply, protecting IP and trade secrets.",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.copyright_policy",
    role: "provider",
    trigger: "gpaiAll",
    article: "Art 53(1)(c)",
    title: "Copyright policy",
    summary:
      "Put in place a policy to comply with EU copyright law, including state-of-the-art identification of text-and-data-mining opt-outs (Art 4(3) Directive 2019/790).",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.training_summary",
    role: "provider",
    trigger: "gpaiAll",
    article: "Art 53(1)(d)",
    title: "Public training-content summary",
    summary:
      "Publish a sufficiently detailed summary of the training content on the AI Office template of 24 July 2025.",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.modification_scope",
    role: "provider",
    trigger: "gpaiModifier",
    article: "Art 53; Commission GPAI Guidelines",
    title: "Duties limited to your modification",
    summary:
      "As provider of a modified model, your documentation and training-content summary cover the modification only.",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.systemic_notification",
    role: "provider",
    trigger: "gpaiNotify",
    article: "Art 52(1)",
    title: "Notify the Commission",
    summary:
      "Notify the Commission without delay and within two weeks of meeting the systemic-risk threshold (or knowing it will be met). You may argue the model exceptionally has no systemic risk.",
    appliesFrom: "gpaiDuties",
    blocking: true,
  },
  {
    code: "gpai.model_evaluation",
    role: "provider",
    trigger: "gpaiSystemic",
    article: "Art 55(1)(a)",
    title: "Model evaluation and adversarial testing",
    summary: "Evaluate the model with state-of-the-art protocols, including adversarial testing (red-teaming).",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.systemic_risk_mitigation",
    role: "provider",
    trigger: "gpaiSystemic",
    article: "Art 55(1)(b)",
    title: "Assess and mitigate systemic risks",
    summary: "Assess and mitigate possible systemic risks at Union level, including their sources.",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.serious_incidents",
    role: "provider",
    trigger: "gpaiSystemic",
    article: "Art 55(1)(c)",
    title: "Track and report serious incidents",
    summary:
      "Track, document and report serious incidents and corrective measures to the AI Office without undue delay.",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.cybersecurity",
    role: "provider",
    trigger: "gpaiSystemic",
    article: "Art 55(1)(d)",
    title: "Cybersecurity",
    summary: "Ensure adequate cybersecurity for the model and its physical infrastructure.",
    appliesFrom: "gpaiDuties",
  },
  {
    code: "gpai.appoint_authorised_representative",
    role: "provider",
    trigger: "gpaiNonEuProvider",
    article: "Art 54(1)",
    title: "Appoint an EU authorised representative",
    summary:
      "As a non-EU model provider, appoint an authorised representative by written mandate before placing the model on the EU market.",
    appliesFrom: "gpaiDuties",
    blocking: true,
  },
  {
    code: "gpai.authorised_rep.tasks",
    role: "authorised_representative",
    trigger: "gpaiAuthorisedRep",
    article: "Art 54(3)-(5)",
    title: "GPAI authorised representative tasks",
    summary:
      "Verify the Annex XI documentation and compliance with Arts 53 and 55, keep documents for 10 years, cooperate, and end the mandate if the provider breaches its obligations.",
    appliesFrom: "gpaiDuties",
  },
];
