import type { PolicyKindCode, PolicyTemplateKey } from "@/lib/validations/policies";

// Starting points written for Actlas (not copied from any standard or vendor): short Markdown (headings, lists) that an
// organisation adapts before approval. Square brackets mark what the organisation fills in.
export type PolicyTemplate = {
  key: PolicyTemplateKey;
  title: string;
  kind: PolicyKindCode;
  summary: string;
  body: string;
};

const ACCEPTABLE_USE = `## 1. Purpose

This policy says how people at [organisation] may use AI tools and AI systems at work, so that we get their benefits without putting customers, colleagues or the organisation at risk.

## 2. Who it applies to

Everyone who works for or on behalf of [organisation], including contractors.

## 3. What you may do

- Use the AI tools listed in the AI system inventory for the purposes recorded there.
- Use AI to draft, summarise or search, as long as a person checks the result before it is relied on or sent.

## 4. What you must not do

- Put personal data, customer data or confidential information into an AI tool that is not approved for that data.
- Use AI to make a decision about a person (hiring, credit, access to a service) unless that use is recorded and approved.
- Use AI for any practice prohibited by Article 5 of the EU AI Act, such as manipulation or social scoring.
- Present AI-generated content as written by a person where the reader would expect to know.

## 5. New tools

Ask [compliance contact] before using a new AI tool for work. It is added to the inventory and classified first.

## 6. Problems

Report mistakes, harmful output or misuse to [contact] straight away. Nobody is blamed for reporting in good faith.

## 7. Review

[Owner] reviews this policy at least once a year.`;

const RISK_MANAGEMENT = `## 1. Purpose

This policy sets out how [organisation] finds, rates and treats the risks of its AI systems, as Article 9 of the EU AI Act requires for high-risk systems and as good practice for all others.

## 2. Scope

Every AI system in the inventory. High-risk systems follow every step; other systems at least steps 3 and 4.

## 3. Identify

Each system's owner records foreseeable risks to health, safety and fundamental rights, including reasonably foreseeable misuse, in the risk register when the system is added and whenever it changes.

## 4. Rate

Each risk gets a likelihood and an impact on the organisation's five-step scale, before and after treatment.

## 5. Treat

Each risk gets one treatment:

- **Mitigate**: reduce its likelihood or impact, with the mitigation linked to the duty or evidence it relies on.
- **Avoid**: change or stop the use that causes it.
- **Transfer**: share it with a supplier or insurer under a written agreement.
- **Accept**: keep it as it is. Accepting a high residual risk needs [role] and a written justification.

## 6. Test and monitor

Mitigations are tested before release. Monitoring results, incidents and user feedback are checked against the register, and a breach reopens the risk.

## 7. Review

Every risk has an owner and a next review date; [owner] reviews the register at least every [six] months.`;

const DATA_GOVERNANCE = `## 1. Purpose

This policy sets the rules for data used to train, test, run and monitor AI systems at [organisation] (Article 10 of the EU AI Act for high-risk systems).

## 2. Know the data

For each data set used by an AI system we record:

- where it came from and what it contains;
- the legal basis for using it;
- who is responsible for it.

## 3. Quality and bias

Training, validation and test data must be relevant and representative of the people and situations the system will meet. We check for gaps and for bias that could lead to discrimination, and record what we found and what we did about it.

## 4. Personal data

Personal data is used only where the purpose and legal basis allow it, minimised, and protected as the data protection policy requires. Special categories of data are used only where the law permits it.

## 5. Changes

A new data set, or a significant change to one, is recorded before the system uses it.

## 6. Retention

Data is kept no longer than needed for the system's purpose, its documentation and the law.

## 7. Review

[Owner] reviews this policy at least once a year.`;

const HUMAN_OVERSIGHT = `## 1. Purpose

This policy makes sure that people stay in control of the AI systems [organisation] builds or uses (Article 14, and Article 26 for deployers, of the EU AI Act).

## 2. Named overseers

Every high-risk AI system has named people who oversee it. They have the training, authority and time to do so.

## 3. What overseers must be able to do

- Understand what the system can and cannot do, and watch it for problems while it runs.
- Recognise the risk of relying too much on its output.
- Interpret its output correctly, and decide not to use it, override it or reverse it.
- Stop the system safely.

## 4. Decisions about people

Where the system supports a decision about a person, a person makes the decision and can explain it. [For remote biometric identification: two people confirm.]

## 5. Training

Overseers complete the training listed in the AI literacy register before they start, and refresh it as scheduled.

## 6. Problems

Overseers report malfunctions and serious incidents to [contact] at once.

## 7. Review

[Owner] reviews this policy at least once a year.`;

export const POLICY_TEMPLATES: PolicyTemplate[] = [
  {
    key: "acceptable-use",
    title: "Acceptable use of AI",
    kind: "ACCEPTABLE_USE",
    summary: "What people may and may not do with AI tools at work.",
    body: ACCEPTABLE_USE,
  },
  {
    key: "risk-management",
    title: "AI risk management",
    kind: "RISK_MANAGEMENT",
    summary: "How AI risks are found, rated, treated and reviewed (Art 9).",
    body: RISK_MANAGEMENT,
  },
  {
    key: "data-governance",
    title: "Data governance for AI",
    kind: "DATA_GOVERNANCE",
    summary: "Rules for the data that trains, tests and runs AI systems (Art 10).",
    body: DATA_GOVERNANCE,
  },
  {
    key: "human-oversight",
    title: "Human oversight of AI systems",
    kind: "HUMAN_OVERSIGHT",
    summary: "Who oversees each system and what they must be able to do (Art 14, 26).",
    body: HUMAN_OVERSIGHT,
  },
];

export function templateFor(key: PolicyTemplateKey | "blank"): { title: string; kind: PolicyKindCode; body: string } {
  const template = POLICY_TEMPLATES.find((t) => t.key === key);
  if (template) return template;
  return { title: "New policy", kind: "OTHER", body: "## 1. Purpose\n\n[Why this policy exists.]" };
}
