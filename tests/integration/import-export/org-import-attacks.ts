import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import type { UserActor } from "@/lib/access/actor";
import { exportOrganization } from "@/lib/dal/org-transfer/export";
import { db } from "@/lib/db/client";
import { sha256Hex } from "@/lib/crypto";
import { createOrganization, createSystem } from "../../helpers/factories";

export type Doc = {
  organization: { id: string; name: string };
  members: { email: string; role: string; notificationPrefs: unknown; createdAt: string }[];
  people: { id: string; email: string; name: string }[];
  tables: Record<string, Record<string, unknown>[]>;
};

export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const bytes = (b: Uint8Array) => ({ $bytes: Buffer.from(b).toString("base64") });
export const date = (iso = "2026-05-01T00:00:00.000Z") => ({ $date: iso });

export async function exportDoc(actor: UserActor): Promise<Doc> {
  const { chunks } = await exportOrganization(actor);
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return JSON.parse(text) as Doc;
}

// A minimal system row of the attacker's own file, so that link rows have a parent defined in the file.
export function systemRow(id: string, organizationId: string) {
  return {
    id,
    organizationId,
    name: `Attacker system ${id}`,
    description: "",
    intendedPurpose: "",
    businessUnit: "",
    ownerId: null,
    vendor: "",
    sourcing: null,
    lifecycleStage: "PLANNED",
    placedOnMarketAt: null,
    memberStates: [],
    outputUsedInEu: null,
    affectedPersons: [],
    affectedPersonsNote: "",
    automationLevel: null,
    humanOversight: "",
    dataCategories: [],
    isDraft: false,
    questionnaireDraft: null,
    questionnaireDraftAt: null,
    version: 1,
    tier: null,
    disposition: null,
    roles: [],
    currentRunId: null,
    classifiedAt: null,
    obligationsApplicable: 0,
    obligationsDone: 0,
    gateStatus: null,
    gateCheckedAt: null,
    createdAt: date(),
    updatedAt: date(),
    updatedById: null,
  };
}

export function evidenceVersionRow(
  id: string,
  evidenceId: string,
  content: Uint8Array,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    evidenceId,
    version: 1,
    fileName: "report.pdf",
    mimeType: "application/pdf",
    sizeBytes: content.byteLength,
    sha256: sha256Hex(content),
    content: bytes(content),
    uploadedById: null,
    createdAt: date(),
    ...extra,
  };
}

// Every row the victim organisation has, by table, so a test can prove that nothing of theirs changed.
export async function victimSnapshot(organizationId: string) {
  const [comments, attestations, versions, modelVersions, systemModels, systemDatasets, audit] = await Promise.all([
    db().comment.count({ where: { obligation: { organizationId } } }),
    db().dossierAttestation.count({ where: { dossier: { organizationId } } }),
    db().evidenceVersion.count({ where: { evidence: { organizationId } } }),
    db().modelVersion.count({ where: { model: { organizationId } } }),
    db().aiSystemModel.count({ where: { model: { organizationId } } }),
    db().aiSystemDataset.count({ where: { dataset: { organizationId } } }),
    db().auditEvent.count({ where: { organizationId } }),
  ]);
  return { comments, attestations, versions, modelVersions, systemModels, systemDatasets, audit };
}

export async function importerWrote(organizationId: string) {
  const [systems, invitations, audit] = await Promise.all([
    db().aiSystem.count({ where: { organizationId } }),
    db().invitation.count({ where: { organizationId } }),
    db().auditEvent.count({ where: { organizationId, action: "organization.imported" } }),
  ]);
  return systems + invitations + audit;
}

// The request the browser form sends: multipart with the file in "file", same origin.
export function importRequest(doc: unknown): NextRequest {
  const form = new FormData();
  form.set("file", new File([JSON.stringify(doc)], "export.json", { type: "application/json" }));
  return new NextRequest(
    new Request("http://localhost:3000/settings/data/import", {
      method: "POST",
      body: form,
      headers: { origin: "http://localhost:3000" },
    }),
  );
}

export type Victim = {
  organizationId: string;
  obligationId: string;
  evidenceId: string;
  dossierId: string;
  modelId: string;
  datasetId: string;
  runId: string;
};

// Organisation A with one row of every kind the attacker aimed at, written directly (only their ids matter).
export async function createVictim(): Promise<Victim> {
  const { organizationId, admin } = await createOrganization("Victim");
  const systemId = await createSystem(organizationId, "Victim system");
  const run = await db().classificationRun.create({
    data: {
      organizationId,
      systemId,
      sequence: 1,
      answers: {},
      result: {},
      ruleSetId: "r",
      tier: "HIGH",
      disposition: "FINAL",
    },
  });
  const obligation = await db().obligation.create({
    data: {
      organizationId,
      systemId,
      code: "ART_9",
      role: "PROVIDER",
      article: "Art 9",
      title: "Risk",
      appliesFrom: new Date("2026-08-02"),
    },
  });
  const evidence = await db().evidence.create({
    data: { organizationId, systemId, obligationId: obligation.id, kind: "FILE", title: "Report" },
  });
  await db().evidenceVersion.create({
    data: {
      organizationId,
      evidenceId: evidence.id,
      version: 1,
      fileName: "r.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.byteLength,
      sha256: sha256Hex(PDF),
      content: PDF,
      uploadedById: admin.userId,
    },
  });
  const pdf = randomBytes(64);
  const dossier = await db().dossierVersion.create({
    data: {
      organizationId,
      systemId,
      kind: "SYSTEM",
      version: 1,
      ruleSetId: "r",
      pdf,
      pdfSha256: sha256Hex(pdf),
      snapshot: {},
      snapshotSha256: "x",
    },
  });
  const model = await db().aiModel.create({ data: { organizationId, name: "victim-model" } });
  const dataset = await db().dataset.create({ data: { organizationId, name: "victim-data" } });
  return {
    organizationId,
    obligationId: obligation.id,
    evidenceId: evidence.id,
    dossierId: dossier.id,
    modelId: model.id,
    datasetId: dataset.id,
    runId: run.id,
  };
}
