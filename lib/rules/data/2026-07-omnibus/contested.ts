import type { ContestedId, ContestedPoint } from "../types";

/**
 * Points on which experts disagree. The engine never answers these silently: it takes
 * the reading that imposes duties and marks the result `requires_review`.
 */
export const CONTESTED: Record<ContestedId, ContestedPoint> = {
  definitionSolvers: {
    text: "Whether search or optimisation solvers and simple statistical models are AI systems is disputed. Annex XIV code AIH 0101 points toward inclusion; the result assumes it is an AI system.",
    citation: "Art 3(1); Commission Guidelines on the AI-system definition (6 Feb 2025)",
  },
  emotionCandidates: {
    text: "Emotion recognition of job candidates: the Commission guidelines treat recruitment as 'workplace'; the text does not say so. The result assumes the ban applies.",
    citation: "Art 5(1)(f); Commission Guidelines on prohibited practices (4 Feb 2025)",
  },
  emotionMedicalSafety: {
    text: "The scope of the medical-or-safety exception to the workplace and education emotion-recognition ban is disputed and read narrowly. Confirm the purpose qualifies.",
    citation: "Art 5(1)(f)",
  },
  sexAgeCategorisation: {
    text: "Whether sex or age are 'sensitive or protected attributes' under Annex III 1(b) is disputed (recital 54 points to GDPR Art 9 data; Charter Art 21 would include them). The result assumes they are.",
    citation: "Annex III 1(b); recital 54",
  },
  privateRbiPermitted: {
    text: "Whether private real-time remote biometric identification is 'permitted' under GDPR Art 9 is disputed. The result classifies it as Annex III 1(a) high-risk; check its lawfulness separately.",
    citation: "Annex III 1, lead-in; GDPR Art 9",
  },
  derogationConditions: {
    text: "When an Art 6(3) condition applies is not settled: the Commission's Art 6(5) guidelines are still in draft. The claim must be documented and reviewed before it is relied on.",
    citation: "Art 6(3), first subparagraph; Art 6(5)",
  },
  cvProfiling: {
    text: "Whether CV parsing or redaction tools perform 'profiling' is disputed. Confirm the profiling answer before relying on the Art 6(3) derogation.",
    citation: "Art 6(3), third subparagraph; Art 3(52)",
  },
  certificationBodies: {
    text: "Whether certification or exam bodies are 'educational or vocational training institutions' under Annex III 3 is disputed. The result assumes they are.",
    citation: "Annex III 3",
  },
  privateSchoolsClinicsFria: {
    text: "Whether private schools or clinics are 'private entities providing public services' for the fundamental-rights impact assessment is disputed. The result assumes they are.",
    citation: "Art 27(1); recital 96",
  },
  // Split in two: each half attaches only where its own facts are present (published weights; safeguards relied on).
  openWeightsPublication: {
    text: "Whether publishing open model weights is 'placing an AI system on the market' for the intimate-imagery and CSAM bans is disputed. This model's weights are published; where the ban's conditions are met, the result treats the publication as caught.",
    citation: "Art 5(1)(ba)-(bb), Art 5(1a)(a); Art 53(2)",
  },
  generationSafeguards: {
    text: "Whether the safeguards against generating intimate imagery or CSAM are 'reasonable and adequate' to prevent it and to correct observed misuse is disputed. The result relies on them to find no ban; confirm they qualify.",
    citation: "Art 5(1)(ba)-(bb), Art 5(1a)(a)(ii)",
  },
  redCybersecurity: {
    text: "How Art 6(1c) applies to radio equipment whose notified-body involvement stems from cybersecurity or privacy requirements is disputed. The result assumes condition (b) is met.",
    citation: "Art 6(1c); Annex I Section A point 6",
  },
  art86Art49Timing: {
    text: "Whether registration (Art 49) and the right to explanation (Art 86) bite from 2 Aug 2026 or only with the Annex III regime on 2 Dec 2027 is disputed. The result dates them 2 Dec 2027.",
    citation: "Art 113; Art 49; Art 86",
  },
  systemicModifiers: {
    text: "The extent of duties for downstream modifiers of systemic-risk models is disputed (notification and Art 55 may apply). The result assumes they do.",
    citation: "Art 52, Art 55; Commission GPAI Guidelines",
  },
  obviousWithPersona: {
    text: "The 'obvious' exception is read restrictively, and a human-like name, avatar or voice points against it. The result applies Art 50(1); confirm whether the exception really holds.",
    citation: "Art 50(1); Commission Art 50 Guidelines C(2026) 5054",
  },
};
