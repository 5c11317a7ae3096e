import { INVENTORY, LITERACY, ob, RISK, type Control, type Target } from "./types";

// NIST AI RMF 1.0 (AI 100-1): the subcategories of its four functions, by number, with short titles of our own. Each
// maps to the Actlas records that evidence it; [] means no Actlas record does ("not covered by Actlas records").

const QMS = ob("hr.quality_management", "Art 17");
const TECH_DOC = ob("hr.technical_documentation", "Art 11");
const ACCURACY = ob("hr.accuracy_robustness", "Art 15");
const PMM = ob("hr.post_market_monitoring", "Art 72");
const MONITOR = ob("hr.deployer.monitoring", "Art 26(5)");
const IFU = ob("hr.instructions_for_use", "Art 13");
const OVERSIGHT = ob("hr.human_oversight", "Art 14");
const OVERSEE = ob("hr.deployer.human_oversight", "Art 26(2)");
const VALUE_CHAIN = ob("hr.value_chain_agreement", "Art 25(4)");
const INCIDENTS = ob("hr.serious_incidents", "Art 73");
const CORRECTIVE = ob("hr.corrective_actions", "Art 20");
const RM = ob("hr.risk_management", "Art 9");
const EXPLAIN = ob("hr.deployer.explanation", "Art 86");
const COPYRIGHT = ob("gpai.copyright_policy", "Art 53(1)(c)");
const TRAINED = [LITERACY, ob("general.ai_literacy", "Art 4")];

const group = (id: string) => id.split(" ")[0] ?? id;
const c = (id: string, title: string, maps: readonly Target[] = []): Control => ({
  id,
  group: group(id),
  title,
  maps,
});

export const NIST_AI_RMF_CONTROLS: readonly Control[] = [
  c("GOVERN 1.1", "Know and manage the legal and regulatory requirements", [QMS]),
  c("GOVERN 1.2", "Build trustworthy-AI traits into policies", [QMS]),
  c("GOVERN 1.3", "Scale risk management to the risk tolerance", [RISK]),
  c("GOVERN 1.4", "Keep risk management transparent and documented", [RISK, RM]),
  c("GOVERN 1.5", "Plan ongoing monitoring and periodic review", [PMM, RISK]),
  c("GOVERN 1.6", "Keep an inventory of AI systems", [INVENTORY]),
  c("GOVERN 1.7", "Decommission AI systems safely"),
  c("GOVERN 2.1", "Document roles, responsibilities and lines of communication", [QMS, OVERSEE]),
  c("GOVERN 2.2", "Train staff and partners on AI risk management", TRAINED),
  c("GOVERN 2.3", "Hold executive leadership accountable"),
  c("GOVERN 3.1", "Involve diverse teams in decisions"),
  c("GOVERN 3.2", "Define human-AI roles and oversight", [OVERSIGHT, OVERSEE]),
  c("GOVERN 4.1", "Foster a safety-first, critical culture"),
  c("GOVERN 4.2", "Document and communicate risks and impacts", [RISK, TECH_DOC]),
  c("GOVERN 4.3", "Test, find incidents and share information", [INCIDENTS, ACCURACY]),
  c("GOVERN 5.1", "Collect feedback from outside the team"),
  c("GOVERN 5.2", "Feed the views of affected people into decisions"),
  c("GOVERN 6.1", "Set policies for third-party risks", [VALUE_CHAIN, COPYRIGHT]),
  c("GOVERN 6.2", "Plan for failures of third-party parts"),
  c("MAP 1.1", "Document intended purpose, context and applicable law", [INVENTORY, TECH_DOC]),
  c("MAP 1.2", "Bring interdisciplinary people into setting the context"),
  c("MAP 1.3", "Record the organisation's mission and goals for AI"),
  c("MAP 1.4", "Define the business value"),
  c("MAP 1.5", "Set and document risk tolerances", [RISK]),
  c("MAP 1.6", "Gather system requirements from the people concerned", [TECH_DOC]),
  c("MAP 2.1", "Define the tasks and methods the system uses", [TECH_DOC]),
  c("MAP 2.2", "Document the limits of knowledge and how people use outputs", [IFU, OVERSIGHT]),
  c("MAP 2.3", "Identify scientific and testing considerations", [ACCURACY]),
  c("MAP 3.1", "Examine the expected benefits"),
  c("MAP 3.2", "Examine the possible costs, including non-monetary ones", [RISK]),
  c("MAP 3.3", "Specify the targeted scope of use", [IFU]),
  c("MAP 3.4", "Define how operators' proficiency is assured", TRAINED),
  c("MAP 3.5", "Define human oversight processes", [OVERSIGHT, OVERSEE]),
  c("MAP 4.1", "Map legal risks of components, including third-party ones", [VALUE_CHAIN, COPYRIGHT]),
  c("MAP 4.2", "Identify internal risk controls for components", [RISK]),
  c("MAP 5.1", "Estimate likelihood and size of each impact", [RISK, ob("hr.deployer.fria", "Art 27")]),
  c("MAP 5.2", "Engage regularly with those concerned about impacts"),
  c("MEASURE 1.1", "Choose methods and metrics for the main risks", [ACCURACY, RISK]),
  c("MEASURE 1.2", "Reassess whether the metrics still fit"),
  c("MEASURE 1.3", "Involve independent assessors", [ob("hr.conformity_assessment", "Art 43")]),
  c("MEASURE 2.1", "Document test sets, metrics and tools", [TECH_DOC]),
  c("MEASURE 2.2", "Meet the requirements for tests with people"),
  c("MEASURE 2.3", "Measure performance in conditions like deployment", [ACCURACY]),
  c("MEASURE 2.4", "Monitor behaviour in production", [PMM, MONITOR]),
  c("MEASURE 2.5", "Show the system is valid and reliable", [ACCURACY]),
  c("MEASURE 2.6", "Evaluate safety risks regularly", [RISK, RM]),
  c("MEASURE 2.7", "Evaluate security and resilience", [ACCURACY, ob("gpai.cybersecurity", "Art 55(1)(d)")]),
  c("MEASURE 2.8", "Examine transparency and accountability risks", [
    IFU,
    ob("art50.interaction_disclosure", "Art 50(1)"),
  ]),
  c("MEASURE 2.9", "Explain the model and interpret its output in context", [EXPLAIN, IFU]),
  c("MEASURE 2.10", "Examine privacy risks", [ob("hr.deployer.dpia", "Art 26(9)")]),
  c("MEASURE 2.11", "Evaluate fairness and bias", [ob("hr.data_governance", "Art 10")]),
  c("MEASURE 2.12", "Assess environmental impact", [ob("gpai.technical_documentation", "Art 53(1)(a)")]),
  c("MEASURE 2.13", "Evaluate how well the testing metrics work"),
  c("MEASURE 3.1", "Track existing and emerging risks", [PMM, RISK]),
  c("MEASURE 3.2", "Track risks that are hard to measure", [RISK]),
  c("MEASURE 3.3", "Let users and affected people report problems and appeal", [EXPLAIN]),
  c("MEASURE 4.1", "Tie measurement to the deployment context", [PMM]),
  c("MEASURE 4.2", "Validate trustworthiness results with those concerned"),
  c("MEASURE 4.3", "Find measurable gains or losses in performance", [PMM]),
  c("MANAGE 1.1", "Decide whether the system meets its purpose and may proceed", [
    ob("hr.conformity_assessment", "Art 43"),
  ]),
  c("MANAGE 1.2", "Prioritise the treatment of documented risks", [RISK]),
  c("MANAGE 1.3", "Plan responses to high-priority risks", [RISK, RM]),
  c("MANAGE 1.4", "Document residual risks", [RISK]),
  c("MANAGE 2.1", "Weigh resources, including non-AI alternatives"),
  c("MANAGE 2.2", "Sustain the value of deployed systems", [PMM]),
  c("MANAGE 2.3", "Respond to and recover from unknown risks", [CORRECTIVE, INCIDENTS]),
  c("MANAGE 2.4", "Be able to disengage or deactivate a system", [CORRECTIVE, MONITOR]),
  c("MANAGE 3.1", "Monitor third-party risks and apply controls", [VALUE_CHAIN, ob("hr.importer.verify", "Art 23(1)")]),
  c("MANAGE 3.2", "Monitor pre-trained models", [
    ob("gpai.downstream_information", "Art 53(1)(b)"),
    ob("gpai.modification_scope", "Art 53"),
  ]),
  c("MANAGE 4.1", "Run post-deployment monitoring plans", [PMM, MONITOR]),
  c("MANAGE 4.2", "Build continual improvement into the work", [QMS]),
  c("MANAGE 4.3", "Communicate, track and respond to incidents", [
    INCIDENTS,
    ob("gpai.serious_incidents", "Art 55(1)(c)"),
  ]),
];
