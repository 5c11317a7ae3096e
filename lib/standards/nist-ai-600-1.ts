import { NIST_AI_RMF_CONTROLS } from "./nist-ai-rmf";
import { INVENTORY, LITERACY, ob, RISK, type Control, type Target } from "./types";

// NIST AI 600-1, the Generative AI Profile of the AI RMF (July 2024): a selection of its suggested actions, by their
// action ids (GV-1.6-001: function, subcategory, number), with short titles of our own. Only actions that an Actlas
// record evidences are listed; the profile has about 200 more, which Actlas does not track. Each action's group is the
// AI RMF 1.0 subcategory it belongs to, so the two NIST views line up. Action ids checked against the published
// profile's tables of suggested actions (GOVERN, MAP, MEASURE, MANAGE).

const COPYRIGHT = ob("gpai.copyright_policy", "Art 53(1)(c)");
const TRAINING = ob("gpai.training_summary", "Art 53(1)(d)");
const GPAI_DOC = ob("gpai.technical_documentation", "Art 53(1)(a)");
const GPAI_INCIDENTS = ob("gpai.serious_incidents", "Art 55(1)(c)");
const INCIDENTS = ob("hr.serious_incidents", "Art 73");
const CORRECTIVE = ob("hr.corrective_actions", "Art 20");
const MONITOR = ob("hr.deployer.monitoring", "Art 26(5)");
const PMM = ob("hr.post_market_monitoring", "Art 72");
const VALUE_CHAIN = ob("hr.value_chain_agreement", "Art 25(4)");

const SUBCATEGORY: Record<string, string> = { GV: "GOVERN", MP: "MAP", MS: "MEASURE", MG: "MANAGE" };

/** "GV-1.6-001" belongs to "GOVERN 1.6". */
export function subcategoryOf(actionId: string): string {
  const [fn, sub] = actionId.split("-");
  return `${SUBCATEGORY[fn ?? ""] ?? fn} ${sub}`;
}

// The group reads "GOVERN 1.6 Keep an inventory of AI systems": the subcategory with our title of it.
const RMF_TITLES = new Map(NIST_AI_RMF_CONTROLS.map((c) => [c.id, c.title]));
const groupOf = (id: string) => `${subcategoryOf(id)} ${RMF_TITLES.get(subcategoryOf(id)) ?? ""}`.trim();

const a = (id: string, title: string, maps: readonly Target[]): Control => ({
  id,
  group: groupOf(id),
  title,
  maps,
});

export const NIST_AI_600_1_ACTIONS: readonly Control[] = [
  a("GV-1.1-001", "Keep generative AI within the law, copyright and privacy included", [INVENTORY, COPYRIGHT]),
  a("GV-1.2-001", "Document where training data and generated content come from", [
    TRAINING,
    ob("art50.content_marking", "Art 50(2)"),
  ]),
  a("GV-1.2-002", "Evaluate capabilities and safety before and after deployment", [
    ob("gpai.model_evaluation", "Art 55(1)(a)"),
  ]),
  a("GV-1.3-001", "Weigh generative AI's own harms when setting risk tiers", [INVENTORY, RISK]),
  a("GV-1.6-001", "List generative AI systems in the AI inventory", [INVENTORY]),
  a("GV-1.6-003", "Record provenance, oversight and base models per inventory entry", [INVENTORY]),
  a("GV-1.7-001", "Be able to switch a generative AI system off", [CORRECTIVE, MONITOR]),
  a("GV-2.1-001", "Assign who reports generative AI incidents, and to whom", [INCIDENTS, GPAI_INCIDENTS]),
  a("GV-2.1-003", "Check that incident responders are trained", [LITERACY, ob("general.ai_literacy", "Art 4")]),
  a("GV-5.1-002", "Tell people before they interact with generative AI", [
    ob("art50.interaction_disclosure", "Art 50(1)"),
  ]),
  a("GV-6.1-001", "Sort generated content by the third-party rights it touches", [COPYRIGHT]),
  a("GV-6.1-009", "Extend supplier due diligence to generative AI", [VALUE_CHAIN]),
  a("GV-6.2-001", "Record value-chain risks and fallbacks for third-party parts", [RISK, VALUE_CHAIN]),
  a("MP-4.1-002", "Have a process for intellectual-property claims", [COPYRIGHT]),
  a("MP-4.1-004", "Document how training data is curated", [TRAINING, GPAI_DOC]),
  a("MS-2.12-002", "Document the model's expected environmental impact", [GPAI_DOC]),
  a("MG-2.4-004", "Set and review criteria for deactivating a system", [CORRECTIVE, MONITOR]),
  a("MG-3.1-005", "Review the model and system cards of third-party models", [
    ob("gpai.downstream_information", "Art 53(1)(b)"),
  ]),
  a("MG-3.2-002", "Document how a pre-trained model was adapted", [ob("gpai.modification_scope", "Art 53"), GPAI_DOC]),
  a("MG-3.2-003", "Document training data sources and the training process", [TRAINING, GPAI_DOC]),
  a("MG-4.1-002", "Monitor generative AI after deployment", [PMM, MONITOR]),
  a("MG-4.3-001", "Review incidents afterwards and report them where the law asks", [INCIDENTS, GPAI_INCIDENTS]),
];
