import type { TCreateRisk } from "../../lib/validations/risks";

// What the demo organisation's registers hold on first start (Art 9 risks, Art 4 literacy, a published policy and a
// few Statement of Applicability decisions), so a first-time user sees each one populated. Small on purpose; dates
// are relative to the day the demo is seeded ("days" from today, negative in the past).

type DemoRisk = Omit<TCreateRisk, "systemId" | "ownerId" | "nextReviewDate"> & {
  system: string;
  owner: "admin" | "compliance" | "legal";
  reviewInDays: number;
  // Accepted after saving (a low residual risk: no privileged role needed, but a reason on record all the same).
  accept?: string;
};

const risk = (r: Partial<DemoRisk> & Pick<DemoRisk, "system" | "title" | "likelihood" | "impact">): DemoRisk => ({
  description: "",
  affectedPersons: "",
  fundamentalRights: "",
  source: "MANUAL",
  residualLikelihood: "",
  residualImpact: "",
  treatment: "",
  mitigation: "",
  status: "OPEN",
  owner: "compliance",
  reviewInDays: 90,
  ...r,
});

export const DEMO_RISKS: DemoRisk[] = [
  risk({
    system: "Retail credit scoring (ScoreOne)",
    title: "Unfair refusals of thin-file applicants",
    description: "Applicants with a short credit history (young people, recent migrants) are scored as risky.",
    affectedPersons: "Consumer credit applicants",
    fundamentalRights: "Non-discrimination (Art 21 Charter)",
    source: "FRIA",
    likelihood: "4",
    impact: "4",
    residualLikelihood: "2",
    residualImpact: "3",
    treatment: "MITIGATE",
    mitigation: "Alternative data (rent and utility payments) for thin files; quarterly bias review by segment.",
    status: "TREATED",
  }),
  risk({
    system: "Retail credit scoring (ScoreOne)",
    title: "Score drift after interest-rate changes",
    description: "Repayment behaviour shifts faster than the model is retrained.",
    source: "MONITORING",
    likelihood: "3",
    impact: "3",
    owner: "admin",
    reviewInDays: 14,
  }),
  risk({
    system: "CV screening and ranking (TalentRank)",
    title: "Career gaps (e.g. parental leave) push candidates down the ranking",
    affectedPersons: "Job applicants, more often women",
    fundamentalRights: "Non-discrimination (Art 21 Charter)\nEquality between women and men (Art 23 Charter)",
    source: "FRIA",
    likelihood: "3",
    impact: "5",
    owner: "legal",
    reviewInDays: 30,
  }),
  risk({
    system: "Life insurance risk pricing",
    title: "Underwriters rely on the suggested premium without checking it",
    source: "INTAKE",
    likelihood: "2",
    impact: "2",
    accept: "Low: every premium above the tariff band is reviewed by a second underwriter anyway.",
  }),
];

export type DemoPerson = { name: string; email: string; jobRole: string; unit: string };

// Three are demo members (matched by e-mail, so their training shows on their account); the rest are staff without an
// account, as a CSV import would bring them.
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    name: "Ştefan Popescu",
    email: "compliance@demo-bank.example",
    jobRole: "AI compliance lead",
    unit: "Risk & Compliance",
  },
  { name: "Łucja Wróbel", email: "legal@demo-bank.example", jobRole: "Legal counsel", unit: "Risk & Compliance" },
  {
    name: "Søren Madsen",
    email: "manager@demo-bank.example",
    jobRole: "Head of retail lending",
    unit: "Retail Banking",
  },
  {
    name: "Aino Virtanen",
    email: "aino.virtanen@demo-bank.example",
    jobRole: "Credit officer",
    unit: "Retail Banking",
  },
  { name: "Mateo García", email: "mateo.garcia@demo-bank.example", jobRole: "Credit officer", unit: "Retail Banking" },
  {
    name: "Chiara Bianchi",
    email: "chiara.bianchi@demo-bank.example",
    jobRole: "Model validator",
    unit: "Retail Banking",
  },
  { name: "Jonas Weber", email: "jonas.weber@demo-bank.example", jobRole: "Recruiter", unit: "Human Resources" },
  { name: "Eva Novak", email: "eva.novak@demo-bank.example", jobRole: "HR business partner", unit: "Human Resources" },
  {
    name: "Liam O'Brien",
    email: "liam.obrien@demo-bank.example",
    jobRole: "Underwriter",
    unit: "Life & Health Insurance",
  },
  {
    name: "Zofia Kowalska",
    email: "zofia.kowalska@demo-bank.example",
    jobRole: "Claims handler",
    unit: "Life & Health Insurance",
  },
];

export const ESSENTIALS = "AI Act essentials for staff";
export const OVERSIGHT = "Human oversight of credit and hiring decisions";
export const OVERSIGHT_SYSTEMS = ["Retail credit scoring (ScoreOne)", "CV screening and ranking (TalentRank)"];

// Who operates or oversees which system (the literacy coverage per system).
export const DEMO_OPERATORS: { system: string; email: string; role: "OPERATOR" | "OVERSIGHT" }[] = [
  { system: "Retail credit scoring (ScoreOne)", email: "aino.virtanen@demo-bank.example", role: "OPERATOR" },
  { system: "Retail credit scoring (ScoreOne)", email: "mateo.garcia@demo-bank.example", role: "OPERATOR" },
  { system: "Retail credit scoring (ScoreOne)", email: "manager@demo-bank.example", role: "OVERSIGHT" },
  { system: "CV screening and ranking (TalentRank)", email: "jonas.weber@demo-bank.example", role: "OPERATOR" },
  { system: "CV screening and ranking (TalentRank)", email: "eva.novak@demo-bank.example", role: "OVERSIGHT" },
  { system: "Life insurance risk pricing", email: "liam.obrien@demo-bank.example", role: "OPERATOR" },
];

// Completions, by how many days ago; the essentials course is valid for 12 months, so Liam's, done 350 days ago,
// expires within a fortnight.
export const DEMO_COMPLETIONS: { email: string; item: string; daysAgo: number }[] = [
  { email: "compliance@demo-bank.example", item: ESSENTIALS, daysAgo: 60 },
  { email: "legal@demo-bank.example", item: ESSENTIALS, daysAgo: 60 },
  { email: "aino.virtanen@demo-bank.example", item: ESSENTIALS, daysAgo: 40 },
  { email: "aino.virtanen@demo-bank.example", item: OVERSIGHT, daysAgo: 35 },
  { email: "manager@demo-bank.example", item: OVERSIGHT, daysAgo: 20 },
  { email: "jonas.weber@demo-bank.example", item: ESSENTIALS, daysAgo: 90 },
  { email: "liam.obrien@demo-bank.example", item: ESSENTIALS, daysAgo: 350 },
];

// ISO/IEC 42001 Annex A decisions of the Statement of Applicability.
export const DEMO_SOA: { controlId: string; decision: "include" | "exclude"; justification: string }[] = [
  {
    controlId: "A.2.2",
    decision: "include",
    justification: "The acceptable-use policy (Policies) is the documented AI policy, approved by legal.",
  },
  {
    controlId: "A.4.6",
    decision: "include",
    justification: "Kept in the AI literacy register: operators and overseers per system, with their training.",
  },
  {
    controlId: "A.10.4",
    decision: "exclude",
    justification:
      "Outside this management system's scope: the one system supplied to customers (MedTech subsidiary) is covered by the subsidiary's own certification.",
  },
];
