import { randomBytes } from "node:crypto";
import type { UserActor } from "@/lib/access/actor";
import { sha256Hex } from "@/lib/crypto";
import { importSystemsCsv } from "@/lib/dal/systems/system-import";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, uniqueEmail } from "../../helpers/factories";
import { COMPLETE_ANSWERS, csvOf, goodRow } from "./csv-fixtures";
import { addRichDeployerPack } from "./rich-org-deployer-pack";
import { addRichLiteracy } from "./rich-org-literacy";
import { addRichPolicies } from "./rich-org-policies";
import { addRichRisks } from "./rich-org-risks";
import { addRichStandards } from "./rich-org-standards";
import { addRichVendors } from "./rich-org-vendors";

// An organisation with a row in every exported table, written through the import (systems, links, runs, obligations,
// audit) and directly for the rest, so the round trip has something to lose in every column.
export async function createRichOrganization(): Promise<{ organizationId: string; admin: UserActor }> {
  const { organizationId, admin } = await createOrganization("Rich");
  const legalEmail = uniqueEmail("legal");
  const legal = await addMember(organizationId, "LEGAL", legalEmail);
  await importSystemsCsv(admin, {
    csv: csvOf([
      goodRow("Rich scored", {
        owner_email: legalEmail,
        models: "rich-model@1",
        datasets: "rich-data",
        classification_answers: COMPLETE_ANSWERS,
      }),
      goodRow("Rich second", { classification_answers: JSON.stringify({ artefactType: "ai_system" }) }),
    ]),
    dryRun: false,
  });
  const system = await db().aiSystem.findFirstOrThrow({
    where: { organizationId, name: "Rich scored" },
    include: { currentRun: true, obligations: true },
  });
  const run = system.currentRun!;
  const obligation = one(system.obligations, 0, "obligation of the classified system");
  const registry = await db().registryConnection.create({
    data: {
      organizationId,
      name: "MLflow",
      baseUrl: "https://mlflow.example",
      authToken: "secret",
      syncIntervalMinutes: 60,
      lastSyncAt: new Date(),
      lastSyncStatus: "ok",
      lastSyncSummary: { created: 2 },
    },
  });
  await db().aiModel.updateMany({
    where: { organizationId },
    data: { registryConnectionId: registry.id, tags: { team: "risk" }, description: "GBM", registryName: "credit-gbm" },
  });
  await db().modelVersion.updateMany({
    where: { model: { organizationId } },
    data: {
      stage: "Production",
      metrics: { auc: 0.81 },
      datasetRefs: ["rich-data"],
      tags: { git: "abc" },
      registryRunId: "run-1",
      syncedAt: new Date(),
    },
  });
  await db().dataset.updateMany({ where: { organizationId }, data: { description: "Loans", uri: "s3://loans" } });
  await db().reviewDecision.create({
    data: {
      organizationId,
      runId: run.id,
      decision: "OVERRIDDEN",
      overrideTier: "HIGH",
      justification: "Annex III 5(b)",
      openQuestions: ["Q1"],
      decidedById: legal.userId,
    },
  });
  await db().reviewRequest.create({
    data: {
      organizationId,
      systemId: run.systemId,
      runId: run.id,
      requestedById: legal.userId,
      question: "Is Annex III 5(b) the right point?",
      status: "ANSWERED",
      response: "Yes.",
      respondedById: legal.userId,
      respondedAt: new Date(),
    },
  });
  await db().comment.create({
    data: {
      organizationId,
      obligationId: obligation.id,
      authorId: legal.userId,
      body: "Working on it",
      createdAt: new Date("2026-01-02T03:04:05.678Z"),
    },
  });
  // A real PDF with its real hash: an import checks evidence files like an upload and recomputes the hash.
  const content = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const evidence = await db().evidence.create({
    data: {
      organizationId,
      systemId: system.id,
      obligationId: obligation.id,
      kind: "FILE",
      title: "Test report",
      url: "https://docs.example/r",
    },
  });
  await db().evidenceVersion.create({
    data: {
      organizationId,
      evidenceId: evidence.id,
      version: 1,
      fileName: "r.pdf",
      mimeType: "application/pdf",
      sizeBytes: content.byteLength,
      sha256: sha256Hex(content),
      content,
      uploadedById: legal.userId,
    },
  });
  await db().legalRecord.create({
    data: {
      organizationId,
      systemId: system.id,
      kind: "ANNEX_IV",
      section: 2,
      content: { text: "Design" },
      ownerId: admin.userId,
      complete: true,
      evidenceIds: [evidence.id],
      signedOffById: legal.userId,
      signedOffAt: new Date(),
      version: 3,
      updatedById: admin.userId,
    },
  });
  const task = await db().task.create({
    data: {
      organizationId,
      systemId: system.id,
      obligationId: obligation.id,
      title: "Drift",
      body: "PSI above 0.2",
      status: "DONE",
      closedAt: new Date(),
      occurrences: 3,
      dedupeKey: "drift:x",
      ownerId: legal.userId,
      dueDate: new Date("2027-01-01"),
    },
  });
  const event = await db().monitoringEvent.create({
    data: {
      organizationId,
      systemId: system.id,
      kind: "DRIFT",
      metric: "psi",
      value: 0.4,
      threshold: 0.2,
      direction: "min",
      datasetRef: "s3://d",
      breached: true,
      details: { window: "7d" },
      source: "mlflow",
      observedAt: new Date("2026-10-01T00:00:00Z"),
      taskId: task.id,
    },
  });
  await db().incident.create({
    data: {
      organizationId,
      systemId: system.id,
      number: 7,
      title: "Outage",
      description: "Wrong scores",
      status: "REPORTED",
      harm: "HEALTH",
      occurredAt: new Date("2026-09-01T00:00:00Z"),
      awareAt: new Date(),
      affectedPersons: "12 applicants",
      correctiveActions: "Rollback",
      memberState: "DE",
      authority: "BNetzA",
      initialReportAt: new Date(),
      completeReportAt: new Date(),
      sourceEventId: event.id,
      version: 2,
      createdById: admin.userId,
      closedAt: new Date(),
    },
  });
  await db().monitoringPlan.create({
    data: {
      organizationId,
      systemId: system.id,
      ownerId: legal.userId,
      items: [{ what: "Drift", ownerId: legal.userId }],
      reviewFrequency: "monthly",
      notes: "See plan",
      updatedById: admin.userId,
    },
  });
  await db().webhook.create({
    data: {
      organizationId,
      url: "https://hooks.example/x",
      description: "SIEM",
      secret: "s3cret",
      events: ["incident.created"],
      active: false,
      createdById: admin.userId,
    },
  });
  const pdf = randomBytes(128);
  const dossier = await db().dossierVersion.create({
    data: {
      organizationId,
      systemId: system.id,
      kind: "SYSTEM",
      version: 1,
      ruleSetId: "r",
      pdf,
      pdfSha256: sha256Hex(pdf),
      snapshot: { systemId: system.id },
      snapshotSha256: "x",
      createdById: legal.userId,
    },
  });
  await db().dossierAttestation.create({
    data: {
      organizationId,
      dossierId: dossier.id,
      attestedById: legal.userId,
      name: "Test LEGAL",
      role: "Legal",
      statement: "I attest",
    },
  });
  await db().dashboardSnapshot.create({
    data: {
      organizationId,
      day: new Date("2026-11-30"),
      figures: {
        systems: 1,
        byTier: { HIGH: 1 },
        highRisk: 1,
        dueNow: { done: 1, open: 2 },
        startingLater: { done: 0, open: 3 },
        overdue: 1,
        openIncidents: 0,
      },
    },
  });
  await addRichRisks({ organizationId, systemId: system.id, obligationId: obligation.id, memberId: legal.userId });
  await addRichLiteracy({ organizationId, systemId: system.id, memberId: legal.userId });
  await addRichStandards({ organizationId, memberId: legal.userId });
  await addRichPolicies({ organizationId, obligationId: obligation.id, memberId: legal.userId });
  await addRichDeployerPack({ organizationId, systemId: system.id, memberId: legal.userId });
  await addRichVendors({ organizationId, systemId: system.id, memberId: legal.userId });
  return { organizationId, admin };
}
