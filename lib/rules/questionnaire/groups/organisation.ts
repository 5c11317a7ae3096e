import { ACTIVITIES, ART25_ACTIONS, DEPLOYER_ENTITY_TYPES, INTENDED_USERS } from "../../profile/options";
import { IS_SYSTEM, USES_SYSTEM, options } from "../shared";
import type { QuestionGroup } from "../types";

export const ORGANISATION_GROUP: QuestionGroup = {
  id: "organisation",
  title: "Your organisation and the system",
  questions: [
    {
      id: "activities",
      prompt: "What does your organisation do with this system or model?",
      help: "Select all that apply. Each answer maps to a role: provider (develops and offers it under its own name), deployer (uses it), importer, distributor, authorised representative or product manufacturer. For example: building a tool in-house and using it yourself makes you provider and deployer (putting into service for own use); selling a product built on a third-party model API under your own brand makes you the provider of that system.",
      citation: "Art 3(3)-(8), Art 3(11)",
      whoCanAnswer: "Your product owner, or procurement if the system was bought in.",
      type: "multi",
      options: options(ACTIVITIES, {
        develops: "We develop it, or have it developed for us",
        markets_under_own_name: "We offer it to others, or use it ourselves, under our own name or brand",
        uses: "We use it under our authority",
        imports: "We are based in the EU and bring into the EU market a system carrying a non-EU company's name",
        distributes: "We resell or pass on someone else's system (distributor or reseller)",
        authorised_representative:
          "We act in the EU for a non-EU provider under its written mandate (authorised representative)",
        integrates_into_own_product: "We sell it built into our own product, under our name (product manufacturer)",
      }),
    },
    {
      id: "personalNonProfessionalUse",
      prompt: "Is your use purely personal and non-professional?",
      help: 'A natural person (a private individual) using AI in a purely personal capacity is not a deployer and owes no deployer duties; answer "A private individual" to the question on what kind of user you are. Any use by a company, public body or self-employed professional is professional. For example: someone using a photo app for family pictures answers yes; a bank using the same app for marketing answers no.',
      citation: "Art 2(10), Art 3(4)",
      whoCanAnswer: "Whoever registered the system, who knows whether it is used for work.",
      type: "boolean",
      when: USES_SYSTEM,
    },
    {
      id: "establishedInEu",
      prompt: "Is your organisation established or located in the EU?",
      help: "Deployers established or located in the EU are covered wherever the provider is. A branch or office in an EU country counts. For example: a US company using the system from its Dublin office answers yes.",
      citation: "Art 2(1)(b)",
      whoCanAnswer: "Your legal team, from the company register entry of the entity that runs the system.",
      type: "boolean",
    },
    {
      id: "placesOnEuMarket",
      prompt: "Is the system or model offered to customers in the EU, or used for the first time in the EU?",
      help: "Placing on the market means first making it available on the EU market; putting into service means supplying it for first use in the EU, including for your own use. Providers are covered when they do either, wherever they are established. For example: a SaaS tool sold to customers in France, or a tool your own German team starts using, both count.",
      citation: "Art 2(1)(a); Art 3(9)-(11)",
      whoCanAnswer: "Your product owner or sales lead, who knows where customers and users are.",
      type: "boolean",
    },
    {
      id: "outputUsedInEu",
      prompt: "Is what the system produces (scores, texts, decisions) used in the EU?",
      help: "Non-EU providers and deployers are covered when the output of their system is used in the EU. For example: a US firm scoring job applicants for a client's office in Spain answers yes.",
      citation: "Art 2(1)(c)",
      whoCanAnswer: "Your product owner, who knows which countries the results are sent to or used in.",
      type: "boolean",
    },
    {
      id: "builtOnThirdPartyGpai",
      prompt:
        "Is the system built on a large general model from another company (for example an LLM used through an API)?",
      help: "A general-purpose AI model is one that can do many different tasks. Building on one makes you a downstream provider of an AI system, entitled to the model provider's Annex XII information; it does not make you a GPAI model provider. For example: a support chatbot built on a hosted LLM through its API answers yes.",
      citation: "Art 3(63), Art 3(68), Art 53(1)(b)",
      whoCanAnswer: "The engineering lead who integrated the model, or procurement from the supplier contract.",
      type: "boolean",
      when: IS_SYSTEM,
    },
    {
      id: "art25Actions",
      prompt: "Have you done any of the following with a system another company provides?",
      help: "Each can make you the provider of a high-risk system with all provider duties. Leave empty if none applies. A substantial modification is an unplanned change after release that affects compliance or changes the intended purpose (what the provider says the system is for). For example: retraining a bought CV-screening model on your own data and changing how it ranks, or using a general chatbot to pre-select job applicants.",
      citation: "Art 25(1)(a)-(c); Art 3(12), Art 3(23)",
      whoCanAnswer:
        "The engineering lead who configured the system, together with procurement, from the supplier contract.",
      type: "multi",
      when: { all: [IS_SYSTEM, { field: "activities", includesAny: ["uses", "imports", "distributes"] }] },
      options: options(ART25_ACTIONS, {
        own_name_on_high_risk: "Put our name or trademark on a high-risk system already on the market",
        substantial_modification:
          "Changed a high-risk system substantially (retrained it, changed what it does or how well it does it)",
        changed_intended_purpose:
          "Used or offered it for a purpose its provider did not intend (including a general-purpose AI system)",
      }),
    },
    {
      id: "intendedUsers",
      prompt: "Who uses the system, or on whose behalf is it used?",
      help: "Several Annex III uses are high-risk only when used by or for public, law-enforcement, migration or judicial authorities. For example: a benefits-eligibility tool run by a contractor for a city council is used on behalf of a public authority. Armed forces and defence bodies are public authorities; their use is excluded only where it is exclusively military, defence or national security (the exclusions question).",
      citation: "Annex III points 5(a), 6, 7, 8(a)",
      whoCanAnswer: "Your product owner or account manager, who knows the customers and user groups.",
      type: "multi",
      when: IS_SYSTEM,
      options: options(INTENDED_USERS, {
        public_authority: "Public authorities (or on their behalf)",
        law_enforcement: "Law-enforcement authorities (or on their behalf)",
        migration_authority: "Migration, asylum or border-control authorities",
        judicial_authority: "Judicial authorities",
        adr_body: "Alternative dispute resolution bodies",
        private_entity: "Private companies or organisations",
        consumers: "Consumers",
        military_defence: "Armed forces, defence or national-security bodies",
      }),
    },
    {
      id: "deployerEntityType",
      prompt: "What kind of organisation are you as a user of the system?",
      help: "Decides the fundamental-rights impact assessment (Art 27) and registration of use (Art 49(3)). For example: a municipal housing office is a body governed by public law; a private company running social housing for the state provides public services; a freelancer using the system on their own account is a private individual. Whether private schools and clinics provide public services is disputed.",
      citation: "Art 27(1), Art 49(3)",
      whoCanAnswer: "Your legal team, from how your organisation is constituted and funded.",
      type: "single",
      when: { all: [IS_SYSTEM, USES_SYSTEM] },
      options: options(DEPLOYER_ENTITY_TYPES, {
        public_law_body: "Body governed by public law (public authority, agency, public hospital)",
        private_public_service: "Private entity providing public services (e.g. social services, housing)",
        private_education_or_health: "Private school, university or clinic",
        private_other: "Other private organisation",
        natural_person: "A private individual (a person, not a company or public body)",
      }),
    },
  ],
};
