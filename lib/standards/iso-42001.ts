import { LITERACY, ob, RISK, type Control, type Target } from "./types";

// ISO/IEC 42001:2023 Annex A: the reference controls, by their numbers, with short titles of our own (the standard's
// text is copyrighted and not reproduced). Each maps to the Actlas records that evidence it; [] means no Actlas
// record does, and the control is shown as "not covered by Actlas records".

const QMS = ob("hr.quality_management", "Art 17");
const TECH_DOC = ob("hr.technical_documentation", "Art 11");
const DATA = ob("hr.data_governance", "Art 10");
const USE = ob("hr.deployer.use_per_instructions", "Art 26(1)");
const OVERSEE = ob("hr.deployer.human_oversight", "Art 26(2)");
const FRIA = ob("hr.deployer.fria", "Art 27");
const IFU = ob("hr.instructions_for_use", "Art 13");
const VALUE_CHAIN = ob("hr.value_chain_agreement", "Art 25(4)");
const DOWNSTREAM = ob("gpai.downstream_information", "Art 53(1)(b)");

const G = {
  a2: "A.2 Policies for AI",
  a3: "A.3 Internal organisation",
  a4: "A.4 Resources for AI systems",
  a5: "A.5 Assessing impacts",
  a6: "A.6 AI system life cycle",
  a7: "A.7 Data for AI systems",
  a8: "A.8 Information for interested parties",
  a9: "A.9 Use of AI systems",
  a10: "A.10 Third parties and customers",
};

const c = (id: string, group: string, title: string, maps: readonly Target[] = []): Control => ({
  id,
  group,
  title,
  maps,
});

export const ISO_42001_CONTROLS: readonly Control[] = [
  c("A.2.2", G.a2, "Have a documented AI policy", [QMS]),
  c("A.2.3", G.a2, "Align the AI policy with the organisation's other policies"),
  c("A.2.4", G.a2, "Review the AI policy at planned intervals"),
  c("A.3.2", G.a3, "Define and assign roles and responsibilities for AI", [QMS, OVERSEE]),
  c("A.3.3", G.a3, "Let people report concerns about AI systems"),
  c("A.4.2", G.a4, "Document the resources each AI system needs", [TECH_DOC]),
  c("A.4.3", G.a4, "Document the data resources used", [DATA]),
  c("A.4.4", G.a4, "Document the tools used", [TECH_DOC]),
  c("A.4.5", G.a4, "Document system and computing resources", [TECH_DOC]),
  c("A.4.6", G.a4, "Document the people and competences involved", [LITERACY, ob("general.ai_literacy", "Art 4")]),
  c("A.5.2", G.a5, "Have a process to assess the impacts of AI systems", [
    RISK,
    ob("hr.risk_management", "Art 9"),
    FRIA,
  ]),
  c("A.5.3", G.a5, "Document and keep impact assessments", [FRIA, ob("hr.risk_management", "Art 9")]),
  c("A.5.4", G.a5, "Assess impacts on individuals and groups", [FRIA, RISK]),
  c("A.5.5", G.a5, "Assess impacts on society", [RISK, ob("gpai.systemic_risk_mitigation", "Art 55(1)(b)")]),
  c("A.6.1.2", G.a6, "Set objectives for responsible development", [QMS]),
  c("A.6.1.3", G.a6, "Define processes for responsible design and development", [QMS]),
  c("A.6.2.2", G.a6, "Specify the requirements of new or changed systems", [TECH_DOC]),
  c("A.6.2.3", G.a6, "Document design and development", [TECH_DOC]),
  c("A.6.2.4", G.a6, "Verify and validate the system", [
    ob("hr.accuracy_robustness", "Art 15"),
    ob("gpai.model_evaluation", "Art 55(1)(a)"),
  ]),
  c("A.6.2.5", G.a6, "Plan and document deployment", [ob("hr.conformity_assessment", "Art 43"), USE]),
  c("A.6.2.6", G.a6, "Operate and monitor the system", [
    ob("hr.post_market_monitoring", "Art 72"),
    ob("hr.deployer.monitoring", "Art 26(5)"),
    ob("hr.human_oversight", "Art 14"),
  ]),
  c("A.6.2.7", G.a6, "Provide technical documentation to those who need it", [
    TECH_DOC,
    IFU,
    ob("gpai.technical_documentation", "Art 53(1)(a)"),
  ]),
  c("A.6.2.8", G.a6, "Record event logs", [
    ob("hr.record_keeping", "Art 12"),
    ob("hr.log_keeping", "Art 19"),
    ob("hr.deployer.log_keeping", "Art 26(6)"),
  ]),
  c("A.7.2", G.a7, "Manage data for development and improvement", [DATA]),
  c("A.7.3", G.a7, "Record how data is acquired", [DATA, ob("gpai.copyright_policy", "Art 53(1)(c)")]),
  c("A.7.4", G.a7, "Define and check data quality", [DATA, ob("hr.deployer.input_data", "Art 26(4)")]),
  c("A.7.5", G.a7, "Record data provenance", [DATA, ob("gpai.training_summary", "Art 53(1)(d)")]),
  c("A.7.6", G.a7, "Define how data is prepared", [DATA]),
  c("A.8.2", G.a8, "Give users documentation and information", [
    IFU,
    DOWNSTREAM,
    ob("art50.interaction_disclosure", "Art 50(1)"),
  ]),
  c("A.8.3", G.a8, "Let interested parties report adverse impacts"),
  c("A.8.4", G.a8, "Communicate incidents", [
    ob("hr.serious_incidents", "Art 73"),
    ob("gpai.serious_incidents", "Art 55(1)(c)"),
    ob("hr.deployer.monitoring", "Art 26(5)"),
  ]),
  c("A.8.5", G.a8, "Inform interested parties as agreed or required", [
    ob("hr.deployer.inform_persons", "Art 26(11)"),
    ob("hr.deployer.inform_workers", "Art 26(7)"),
    ob("hr.deployer.explanation", "Art 86"),
    ob("art50.deep_fake_disclosure", "Art 50(4)"),
  ]),
  c("A.9.2", G.a9, "Define processes for responsible use", [USE, OVERSEE]),
  c("A.9.3", G.a9, "Set objectives for responsible use"),
  c("A.9.4", G.a9, "Use systems as intended", [USE]),
  c("A.10.2", G.a10, "Allocate responsibilities across the value chain", [VALUE_CHAIN]),
  c("A.10.3", G.a10, "Manage suppliers", [
    VALUE_CHAIN,
    ob("hr.importer.verify", "Art 23(1)"),
    ob("hr.distributor.verify", "Art 24(1)"),
  ]),
  c("A.10.4", G.a10, "Meet customers' needs and inform them", [IFU, DOWNSTREAM]),
];
