import { describe, expect, it } from "vitest";
import { listNotifications } from "@/lib/dal/accounts/notifications";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import {
  listReviewQueue,
  listReviewRequests,
  requestReview,
  respondToReviewRequest,
} from "@/lib/dal/classification/review-requests";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "./profiles";

const QUESTION = "Does the ranking decide who is invited to an interview?";

async function classified(name = "CV screening") {
  const { organizationId, admin } = await createOrganization();
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const legal = await addMember(organizationId, "LEGAL");
  const systemId = await createSystem(organizationId, name);
  const { runId } = await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
  return { organizationId, admin, officer, legal, systemId, runId };
}

const audits = (organizationId: string) =>
  db()
    .auditEvent.findMany({ where: { organizationId, action: { startsWith: "review." } }, orderBy: { sequence: "asc" } })
    .then((rows) => rows.map((r) => r.action));

describe("requests for legal review", () => {
  it("request → queue → send back → request again → answer → confirm closes it, each step audited and notified", async () => {
    const { organizationId, officer, legal, systemId, runId } = await classified();
    const { requestId } = await requestReview(officer, { systemId, question: QUESTION });

    const [item] = await listReviewQueue(legal);
    expect(item).toMatchObject({
      id: requestId,
      systemId,
      runId,
      systemName: "CV screening",
      question: QUESTION,
      status: "OPEN",
      tier: "HIGH",
      disposition: "REQUIRES_REVIEW",
      requestedByName: "Test COMPLIANCE_OFFICER",
    });
    expect(item?.openQuestions).toEqual(expect.any(Number));
    expect(one(await listNotifications(legal))).toMatchObject({ kind: "review_requested", body: QUESTION });

    await respondToReviewRequest(legal, { requestId, reply: "SENT_BACK", note: "Attach the vendor's description." });
    expect(await listReviewQueue(legal)).toEqual([]);
    expect(one(await listReviewRequests(officer, systemId))).toMatchObject({
      status: "SENT_BACK",
      response: "Attach the vendor's description.",
      respondedByName: "Test LEGAL",
    });
    expect(one(await listNotifications(officer))).toMatchObject({ kind: "review_replied" });
    // Sent back is the requester's turn: legal cannot answer it any more.
    await expect(
      respondToReviewRequest(legal, { requestId, reply: "ANSWERED", note: "Too late" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const again = await requestReview(officer, { systemId, question: `${QUESTION} (vendor description attached)` });
    await respondToReviewRequest(legal, {
      requestId: again.requestId,
      reply: "ANSWERED",
      note: "No, a recruiter does.",
    });
    await recordReviewDecision(legal, { runId, decision: "CONFIRMED" });
    const requests = await listReviewRequests(officer, systemId);
    expect(requests.map((r) => r.status)).toEqual(["CLOSED", "SENT_BACK"]);
    expect(requests[0]?.response).toBe("No, a recruiter does.");
    expect(await audits(organizationId)).toEqual([
      "review.requested",
      "review.sent_back",
      "review.requested",
      "review.answered",
    ]);
    expect((await listNotifications(officer)).map((n) => n.kind)).toEqual([
      "review_replied",
      "review_replied",
      "review_replied",
    ]);
  });

  it("refuses empty questions and notes next to the field, and roles without the permission", async () => {
    const { officer, legal, systemId, admin, organizationId } = await classified();
    await expect(requestReview(officer, { systemId, question: "  " })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { question: [expect.stringContaining("question")] },
    });
    const auditor = await addMember(organizationId, "AUDITOR");
    await expect(requestReview(auditor, { systemId, question: QUESTION })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { requestId } = await requestReview(admin, { systemId, question: QUESTION });
    await expect(respondToReviewRequest(officer, { requestId, reply: "ANSWERED", note: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(respondToReviewRequest(legal, { requestId, reply: "ANSWERED", note: " " })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("keeps the queue and every step inside the organisation", async () => {
    const a = await classified("Org A system");
    const b = await classified("Org B system");
    const { requestId } = await requestReview(a.officer, { systemId: a.systemId, question: QUESTION });
    await requestReview(b.officer, { systemId: b.systemId, question: QUESTION });
    expect((await listReviewQueue(a.legal)).map((r) => r.systemName)).toEqual(["Org A system"]);
    await expect(requestReview(b.officer, { systemId: a.systemId, question: QUESTION })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      respondToReviewRequest(b.legal, { requestId, reply: "SENT_BACK", note: "Not yours" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listReviewRequests(b.officer, a.systemId)).toEqual([]);
    expect(one(await listReviewRequests(a.officer, a.systemId)).status).toBe("OPEN");
  });
});
