import { textarea, type LegalField } from "./fields";

// Annex IV (technical documentation, Art 11(1)): nine sections, each split into the points the Annex lists so that
// a reviewer can see which point is missing. A free-text "further notes" field closes every section.
export type AnnexIvSection = { number: number; title: string; summary: string; fields: LegalField[] };

const notes = textarea(
  "notes",
  "Further notes",
  "Anything else a notified body or authority should read with this section.",
  false,
);

export const ANNEX_IV_SECTIONS: AnnexIvSection[] = [
  {
    number: 1,
    title: "General description of the AI system",
    summary: "Purpose, provider, versions, interfaces, forms of supply and instructions for use (Annex IV point 1).",
    fields: [
      textarea(
        "purpose",
        "(a) Intended purpose, provider and version",
        "Include how this version relates to earlier ones.",
      ),
      textarea("interactions", "(b) Interaction with other hardware, software or AI systems"),
      textarea("softwareVersions", "(c) Software and firmware versions and update requirements"),
      textarea(
        "marketForms",
        "(d) Forms in which it is placed on the market",
        "Embedded in a product, download, API, …",
      ),
      textarea("hardware", "(e) Hardware it is intended to run on"),
      textarea(
        "illustrations",
        "(f) Photographs or illustrations",
        "Only where the AI system is a component of a product.",
        false,
      ),
      textarea("deployerInterface", "(g) User interface provided to the deployer"),
      textarea("instructions", "(h) Instructions for use", "Link the instructions as evidence below."),
      notes,
    ],
  },
  {
    number: 2,
    title: "Elements of the system and its development",
    summary: "Methods, design choices, architecture, data, oversight, changes, testing and cybersecurity (point 2).",
    fields: [
      textarea(
        "methods",
        "(a) Development methods and steps",
        "Including pre-trained systems or third-party tools used.",
      ),
      textarea(
        "design",
        "(b) Design specifications and key choices",
        "Logic and algorithms, choices and their rationale, what is optimised, expected output, trade-offs.",
      ),
      textarea("architecture", "(c) System architecture and compute resources"),
      textarea(
        "data",
        "(d) Data requirements and datasheets",
        "Training methods, datasets, provenance, selection, labelling and cleaning.",
      ),
      textarea("oversightAssessment", "(e) Assessment of human-oversight measures (Art 14)"),
      textarea("changes", "(f) Pre-determined changes and how compliance is kept"),
      textarea(
        "testing",
        "(g) Validation and testing",
        "Procedures, data, metrics (accuracy, robustness, discrimination), dated and signed test logs.",
      ),
      textarea("cybersecurity", "(h) Cybersecurity measures"),
      notes,
    ],
  },
  {
    number: 3,
    title: "Monitoring, functioning and control",
    summary: "Capabilities and limits, foreseeable risks, oversight and input data (point 3).",
    fields: [
      textarea(
        "capabilities",
        "Capabilities and limits of performance",
        "Including accuracy for specific persons or groups and overall.",
      ),
      textarea(
        "unintendedOutcomes",
        "Foreseeable unintended outcomes and risks",
        "To health, safety, fundamental rights and non-discrimination.",
      ),
      textarea("oversightMeasures", "Human-oversight measures"),
      textarea("inputData", "Input-data specifications"),
      notes,
    ],
  },
  {
    number: 4,
    title: "Appropriateness of the performance metrics",
    summary: "Why the chosen metrics suit this system (point 4).",
    fields: [textarea("rationale", "Why these performance metrics are appropriate"), notes],
  },
  {
    number: 5,
    title: "Risk management system (Art 9)",
    summary: "The risk management system in detail (point 5).",
    fields: [textarea("riskSystem", "Description of the risk management system"), notes],
  },
  {
    number: 6,
    title: "Lifecycle changes",
    summary: "Relevant changes made over the lifecycle (point 6).",
    fields: [textarea("changes", "Relevant changes made by the provider"), notes],
  },
  {
    number: 7,
    title: "Harmonised standards applied",
    summary: "Standards with Official Journal references, or the other solutions used (point 7).",
    fields: [
      textarea(
        "standards",
        "Harmonised standards applied",
        "With their Official Journal references; write “none” if none was applied.",
      ),
      textarea(
        "otherSolutions",
        "Other solutions, standards or specifications",
        "Required in practice where no harmonised standard was applied.",
        false,
      ),
      notes,
    ],
  },
  {
    number: 8,
    title: "EU declaration of conformity (Art 47)",
    summary: "A copy of the declaration (point 8).",
    fields: [
      textarea(
        "declaration",
        "Declaration of conformity",
        "Date, signatory and reference; link the signed copy as evidence below.",
      ),
      notes,
    ],
  },
  {
    number: 9,
    title: "Post-market monitoring (Art 72)",
    summary: "How performance is evaluated after placing on the market, with the monitoring plan (point 9).",
    fields: [
      textarea("evaluation", "Post-market performance evaluation system"),
      textarea("plan", "Post-market monitoring plan"),
      notes,
    ],
  },
];

export const ANNEX_IV_SECTION_COUNT = ANNEX_IV_SECTIONS.length;

export function annexIvSection(number: number): AnnexIvSection | undefined {
  return ANNEX_IV_SECTIONS.find((s) => s.number === number);
}
