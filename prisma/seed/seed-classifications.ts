import type { Tx } from "../../lib/db/client";
import { storeRunTx, type RunWriter } from "../../lib/dal/classification/internal/store-run";
import { recordReviewTx } from "../../lib/dal/classification/reviews";
import { refreshReadiness } from "../../lib/dal/dashboard/internal/readiness";
import { DEMO_DRAFTS, DEMO_PROFILES, EARLIER_PROFILES } from "./demo-profiles";

type UserKey = "admin" | "compliance" | "legal" | "manager";

// Work already done in the demo organisation, so readiness, owners and statuses are not all empty.
const WORK: { system: string; code: string; role?: string; status: "DONE" | "IN_PROGRESS"; owner: UserKey }[] = [
  {
    system: "Retail credit scoring (ScoreOne)",
    code: "hr.risk_management",
    status: "IN_PROGRESS",
    owner: "compliance",
  },
  { system: "Retail credit scoring (ScoreOne)", code: "hr.data_governance", status: "DONE", owner: "admin" },
  {
    system: "Retail credit scoring (ScoreOne)",
    code: "hr.technical_documentation",
    status: "IN_PROGRESS",
    owner: "legal",
  },
  { system: "Retail credit scoring (ScoreOne)", code: "hr.deployer.fria", status: "IN_PROGRESS", owner: "legal" },
  {
    system: "Customer service chatbot (Ava)",
    code: "art50.interaction_disclosure",
    status: "DONE",
    owner: "compliance",
  },
  {
    system: "Customer service chatbot (Ava)",
    code: "art50.information_form",
    status: "IN_PROGRESS",
    owner: "compliance",
  },
  { system: "Call-centre emotion analytics", code: "prohibited.art5_f", status: "IN_PROGRESS", owner: "manager" },
  {
    system: "CV screening and ranking (TalentRank)",
    code: "hr.deployer.human_oversight",
    status: "IN_PROGRESS",
    owner: "compliance",
  },
  {
    system: "CV screening and ranking (TalentRank)",
    code: "hr.deployer.inform_workers",
    status: "DONE",
    owner: "legal",
  },
  {
    system: "Mortgage affordability assistant",
    code: "hr.deployer.use_per_instructions",
    status: "DONE",
    owner: "compliance",
  },
  { system: "Infusion pump dosing module", code: "hr.risk_management", status: "IN_PROGRESS", owner: "legal" },
];

// The bank ran AI-literacy training for everyone in 2025, except for the newest pilots.
const LITERACY_PENDING = new Set([
  "Wearable-based wellness programme scoring",
  "Synthetic spokesperson videos",
  "Infusion pump dosing module",
]);

const DAY = 86_400_000;

// Classifies the demo systems through the same path as the app (storeRunTx), then adds history, work and reviews.
export async function seedClassifications(
  tx: Tx,
  writer: RunWriter,
  systemIds: Map<string, string>,
  userIds: Map<string, string>,
) {
  const id = (name: string) => {
    const systemId = systemIds.get(name);
    if (!systemId) throw new Error(`Demo profile for unknown system "${name}"`);
    return systemId;
  };
  const runIds = new Map<string, string>();
  for (const [name, answers] of Object.entries(DEMO_PROFILES)) {
    const earlier = EARLIER_PROFILES[name];
    if (earlier) {
      const first = await storeRunTx(tx, writer, { systemId: id(name), answers: earlier });
      await tx.classificationRun.update({
        where: { id: first.runId },
        data: { createdAt: new Date(Date.now() - 62 * DAY) },
      });
    }
    runIds.set(name, (await storeRunTx(tx, writer, { systemId: id(name), answers })).runId);
  }
  for (const [name, answers] of Object.entries(DEMO_DRAFTS)) {
    await tx.aiSystem.update({
      where: { id: id(name) },
      data: { questionnaireDraft: answers, questionnaireDraftAt: new Date(Date.now() - 3 * DAY) },
    });
  }
  for (const w of WORK) {
    const { count } = await tx.obligation.updateMany({
      where: { systemId: id(w.system), code: w.code, ...(w.role ? { role: w.role } : {}) },
      data: { status: w.status, ownerId: userIds.get(w.owner) },
    });
    if (count === 0) throw new Error(`Demo work for an obligation the engine did not derive: ${w.system} / ${w.code}`);
  }
  for (const name of Object.keys(DEMO_PROFILES)) {
    if (LITERACY_PENDING.has(name)) continue;
    await tx.obligation.updateMany({
      where: { systemId: id(name), code: "general.ai_literacy" },
      data: { status: "DONE", ownerId: userIds.get("compliance") },
    });
  }
  for (const systemId of systemIds.values()) await refreshReadiness(tx, systemId);

  const legal: RunWriter = {
    organizationId: writer.organizationId,
    userId: userIds.get("legal")!,
    actorLabel: "legal@demo-bank.example",
  };
  const review = (name: string, decision: "CONFIRMED" | "REQUIRES_REVIEW", openQuestions = "") =>
    recordReviewTx(tx, legal, {
      runId: runIds.get(name)!,
      decision,
      overrideTier: "",
      justification: "",
      openQuestions,
    });
  await review("Mortgage affordability assistant", "CONFIRMED");
  await review("Call-centre emotion analytics", "CONFIRMED");
  await review(
    "Employee performance analytics",
    "REQUIRES_REVIEW",
    "Does the works-council agreement limit the use to aggregated reporting?\nAre promotion decisions ever taken on the score alone?",
  );
}
