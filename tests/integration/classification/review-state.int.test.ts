import { describe, expect, it } from "vitest";
import { getClassificationSummary, storeClassificationRun } from "@/lib/dal/classification/classification";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { getClassificationHistory } from "@/lib/dal/classification/run-history";
import { authorize } from "@/lib/dal/core/authorize";
import { readDossierSource } from "@/lib/dal/dossiers/internal/snapshot";
import { listSystems } from "@/lib/dal/systems/system-list";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "./profiles";

// The header, the inventory, the classification tab (current result and history) and the dossier read the same
// review state of a run through the functions their pages call.
async function reviewStates(actor: Awaited<ReturnType<typeof createOrganization>>["admin"], systemId: string) {
  const [summary, history, list, source] = await Promise.all([
    getClassificationSummary(actor, systemId),
    getClassificationHistory(actor, systemId),
    listSystems(actor, { page: 1, pageSize: 25, sort: "name" as const }),
    readDossierSource(await authorize(actor, "report.read"), systemId),
  ]);
  return {
    header: summary.disposition,
    inventory: one(list.rows.filter((r) => r.id === systemId)).disposition,
    currentResult: history.current?.disposition,
    history: one(history.runs).disposition,
    dossier: source.classification?.disposition,
  };
}

const everywhere = (disposition: string) => ({
  header: disposition,
  inventory: disposition,
  currentResult: disposition,
  history: disposition,
  dossier: disposition,
});

describe("one review state on every page", () => {
  it("after legal confirms, no page still says the run requires review", async () => {
    const { organizationId, admin } = await createOrganization();
    const legal = await addMember(organizationId, "LEGAL");
    const systemId = await createSystem(organizationId);
    const { runId } = await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
    expect(await reviewStates(admin, systemId)).toEqual(everywhere("REQUIRES_REVIEW"));
    await recordReviewDecision(legal, { runId, decision: "CONFIRMED" });
    expect(await reviewStates(admin, systemId)).toEqual(everywhere("FINAL"));
    await recordReviewDecision(legal, { runId, decision: "REQUIRES_REVIEW", openQuestions: "Who reads the ranking?" });
    expect(await reviewStates(admin, systemId)).toEqual(everywhere("REQUIRES_REVIEW"));
    await recordReviewDecision(legal, {
      runId,
      decision: "OVERRIDDEN",
      overrideTier: "LIMITED",
      justification: "The vendor confirmed in writing that no ranking is used.",
      confirmRemovals: true,
    });
    expect(await reviewStates(admin, systemId)).toEqual(everywhere("FINAL"));
  });
});
