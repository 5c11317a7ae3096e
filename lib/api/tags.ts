// What each tag of /api/v1/openapi.json groups, shown by documentation tools above its operations.
export const TAG_DESCRIPTIONS: Record<string, string> = {
  "AI systems":
    "The inventory: each AI system's intake (purpose, use, data, models, datasets) and classification state.",
  Classification:
    "Run the rules engine on a questionnaire profile, store a run for a system, and read the runs stored before.",
  "Legal review": "Ask legal to review a classification, and follow the requests until legal decides.",
  Obligations: "The duties each system's classification gives it, their status, owner and due date.",
  Evidence: "Files and links that show an obligation is met, attached to a system or one of its obligations.",
  "Risk register": "Risks to health, safety and fundamental rights per system (Art 9), scored, treated and reviewed.",
  "AI literacy": "Who has been trained for the systems they operate or oversee (Art 4), and training records.",
  Standards: "Coverage of ISO/IEC 42001 and NIST AI RMF controls by the organisation's obligations and policies.",
  Policies: "The organisation's AI policies, their versions in force and who has acknowledged them.",
  Models: "The model registry: models, their versions with metrics and datasets, and the systems that use them.",
  Monitoring:
    "Post-market monitoring: evaluation, bias and drift results; a breach opens a task that blocks the gate until resolved.",
  Incidents: "Incidents and serious incidents, with the Art 73 reporting clock.",
  "CI gate": "One call for a pipeline to know whether a system may ship, with every reason when it may not.",
  Meta: "This document.",
};
