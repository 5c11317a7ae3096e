import { classify, type TSystemProfile } from "@/lib/rules";
import { DOSSIER_SNAPSHOT_SCHEMA, type DossierObligation, type DossierSnapshot } from "@/lib/pdf/snapshot";

// A bank that builds and uses its own credit-scoring system: high-risk, provider and deployer, FRIA required.
export const CREDIT_PROFILE: TSystemProfile = {
  artefactType: "ai_system",
  technique: "machine_learning",
  infersOutputs: true,
  operatesWithAutonomy: true,
  activities: ["develops", "uses"],
  personalNonProfessionalUse: false,
  establishedInEu: true,
  placesOnEuMarket: true,
  outputUsedInEu: true,
  builtOnThirdPartyGpai: false,
  art25Actions: [],
  intendedUsers: ["private_entity"],
  deployerEntityType: "private_other",
  militaryUse: "no",
  thirdCountryAuthorityCooperation: false,
  solelyScientificResearch: false,
  preMarketResearchOnly: false,
  freeOpenSourceLicence: false,
  manipulativeTechniques: false,
  exploitsVulnerabilities: false,
  socialScoring: false,
  crimeRiskAssessment: "none",
  untargetedFaceScraping: false,
  emotionInference: "none",
  biometricCategorisation: false,
  remoteBiometricIdentification: "none",
  intimateImageryCapability: "not_capable",
  csamCapability: "not_capable",
  annex1Legislation: ["none"],
  annex3Areas: ["essential_services"],
  essentialServicesUses: ["creditworthiness"],
  derogationConditions: [],
  performsProfiling: true,
  alreadyOnMarket: false,
  interactsWithPersons: false,
  syntheticContent: [],
};

export const MINIMAL_PROFILE: TSystemProfile = {
  ...CREDIT_PROFILE,
  annex3Areas: ["none"],
  essentialServicesUses: undefined,
  performsProfiling: undefined,
};

export const SHA_A = "a".repeat(8) + "0123456789abcdef".repeat(3) + "b".repeat(8);
export const SHA_B = "c0ffee".repeat(10) + "beef";

export function makeSnapshot(profile: TSystemProfile = CREDIT_PROFILE): DossierSnapshot {
  const result = classify(profile, { asOf: "2026-11-20" });
  const obligations: DossierObligation[] = result.obligations.map((o, i) => ({
    code: o.code,
    role: o.role,
    article: o.article,
    title: o.title,
    summary: o.summary,
    appliesFrom: o.appliesFrom,
    blocking: !!o.blocking,
    status: i === 0 ? "DONE" : i === 1 ? "IN_PROGRESS" : "NOT_STARTED",
    notApplicableReason: "",
    owner: i === 0 ? "Ştefan Łukasiewicz" : null,
    dueDate: i < 2 ? "2027-06-30" : null,
    obsolete: false,
    evidenceCount: i === 0 ? 1 : 0,
  }));
  return {
    schema: DOSSIER_SNAPSHOT_SCHEMA,
    dossier: {
      version: 3,
      generatedAt: "2026-11-22T09:30:00.000Z",
      exportedBy: { name: "Zoë Ærøskøbing", email: "legal@bank.example", role: "LEGAL" },
    },
    organization: { name: "Banca Łódź & Ærøskøbing Sparekasse" },
    system: {
      id: "sys_1",
      name: "Retail credit scoring (ScoreOne)",
      description: "Scores applicants for consumer credit in Ελλάδα and България.",
      intendedPurpose: "Assess the creditworthiness of natural persons applying for consumer loans.",
      businessUnit: "Retail banking",
      vendor: "",
      sourcing: "BUILT_IN_HOUSE",
      lifecycleStage: "IN_PRODUCTION",
      placedOnMarketAt: "2023-03-01",
      memberStates: ["PL", "DK", "GR", "BG"],
      outputUsedInEu: true,
      affectedPersons: ["CUSTOMERS"],
      affectedPersonsNote: "Applicants for consumer credit",
      automationLevel: "HUMAN_IN_THE_LOOP",
      humanOversight: "A credit officer reviews every declined application.",
      dataCategories: ["PERSONAL"],
      owner: "Ştefan Łukasiewicz",
      intakeRevision: 4,
      models: [{ name: "scoreone-gbm", registryName: "risk/scoreone", versions: ["4.3", "4.2"] }],
      datasets: [{ name: "Loan book 2015–2025", uri: "s3://risk/loanbook" }],
    },
    classification: {
      runSequence: 2,
      classifiedAt: "2026-11-20T08:00:00.000Z",
      classifiedBy: "Compliance Officer",
      stale: false,
      result,
    },
    reviews: [
      {
        runSequence: 2,
        decision: "CONFIRMED",
        overrideTier: null,
        justification: "Credit scoring of natural persons is Annex III 5(b).",
        openQuestions: [],
        decidedBy: "Zoë Ærøskøbing",
        decidedAt: "2026-11-21T10:00:00.000Z",
      },
    ],
    obligations,
    evidence: [
      {
        title: "Risk management policy",
        kind: "FILE",
        url: null,
        obligation: `${obligations[0]?.article}: ${obligations[0]?.title}`,
        addedAt: "2026-10-01T12:00:00.000Z",
        versions: [
          {
            version: 2,
            fileName: "risk-policy-v2.pdf",
            sha256: SHA_B,
            sizeBytes: 48_213,
            uploadedAt: "2026-11-01T12:00:00.000Z",
            uploadedBy: "Zoë Ærøskøbing",
          },
          {
            version: 1,
            fileName: "risk-policy.pdf",
            sha256: SHA_A,
            sizeBytes: 40_001,
            uploadedAt: "2026-10-01T12:00:00.000Z",
            uploadedBy: null,
          },
        ],
      },
    ],
    records: { annexIv: null, derogation: null, fria: null },
    audit: {
      total: 7,
      events: [
        {
          sequence: 12,
          at: "2026-11-21T10:00:00.000Z",
          actor: "legal@bank.example",
          action: "classification.reviewed",
          entityType: "ClassificationRun",
          hash: "f".repeat(64),
        },
        {
          sequence: 9,
          at: "2026-11-20T08:00:00.000Z",
          actor: "compliance@bank.example",
          action: "classification.run_stored",
          entityType: "ClassificationRun",
          hash: "e".repeat(64),
        },
      ],
    },
  };
}
