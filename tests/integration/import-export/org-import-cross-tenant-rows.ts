import { one } from "../../helpers/expect-defined";
import { date, type Doc, evidenceVersionRow, PDF, systemRow, type Victim } from "./org-import-attacks";

// The importer's own person entry: freshImportCase leaves exactly that one in the file.
const importerId = (d: Doc) => one(d.people, 0, "the importer in the file").id;

// Each attack of the report: a row of B's file that points at one of A's rows.
export const CROSS_TENANT_ATTACKS: [string, (d: Doc, v: Victim) => void, RegExp][] = [
  [
    "a comment on A's obligation",
    (d, v) => {
      d.tables.comment = [
        {
          id: "c1",
          organizationId: v.organizationId,
          obligationId: v.obligationId,
          authorId: importerId(d),
          body: "forged",
          createdAt: date(),
        },
      ];
    },
    /comment.*row 1.*obligationId/,
  ],
  [
    "a legal attestation of A's dossier",
    (d, v) => {
      d.tables.dossierAttestation = [
        {
          id: "t1",
          organizationId: v.organizationId,
          dossierId: v.dossierId,
          attestedById: importerId(d),
          name: "Legal",
          role: "Legal",
          statement: "I attest",
          attestedAt: date(),
        },
      ];
    },
    /dossierAttestation.*row 1.*dossierId/,
  ],
  [
    "a new version of A's evidence file",
    (d, v) => {
      d.tables.evidenceVersion = [evidenceVersionRow("v1", v.evidenceId, PDF, { version: 2 })];
    },
    /evidenceVersion.*row 1.*evidenceId/,
  ],
  [
    "a version of A's model",
    (d, v) => {
      d.tables.modelVersion = [
        {
          id: "mv1",
          modelId: v.modelId,
          version: "9",
          stage: "",
          metrics: {},
          datasetRefs: [],
          tags: {},
          registryRunId: null,
          syncedAt: null,
          createdAt: date(),
        },
      ];
    },
    /modelVersion.*row 1.*modelId/,
  ],
  [
    "a link from B's system to A's model",
    (d, v) => {
      d.tables.aiSystem = [systemRow("s1", d.organization.id)];
      d.tables.aiSystemModel = [{ systemId: "s1", modelId: v.modelId }];
    },
    /aiSystemModel.*row 1.*modelId/,
  ],
  [
    "a link from B's system to A's dataset",
    (d, v) => {
      d.tables.aiSystem = [systemRow("s1", d.organization.id)];
      d.tables.aiSystemDataset = [{ systemId: "s1", datasetId: v.datasetId }];
    },
    /aiSystemDataset.*row 1.*datasetId/,
  ],
  [
    "a legal record citing A's evidence",
    (d, v) => {
      d.tables.aiSystem = [systemRow("s1", d.organization.id)];
      d.tables.legalRecord = [
        {
          id: "l1",
          organizationId: d.organization.id,
          systemId: "s1",
          kind: "ANNEX_IV",
          section: 1,
          content: {},
          ownerId: null,
          complete: false,
          evidenceIds: [v.evidenceId],
          signedOffById: null,
          signedOffAt: null,
          version: 1,
          createdAt: date(),
          updatedAt: date(),
          updatedById: null,
        },
      ];
    },
    /legalRecord.*row 1.*evidenceIds/,
  ],
  [
    "a review decision on A's classification run",
    (d, v) => {
      d.tables.reviewDecision = [
        {
          id: "r1",
          organizationId: v.organizationId,
          runId: v.runId,
          decision: "CONFIRMED",
          overrideTier: null,
          justification: "",
          openQuestions: [],
          decidedById: importerId(d),
          decidedAt: date(),
        },
      ];
    },
    /reviewDecision.*row 1.*runId/,
  ],
];
