import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { API_ROUTES } from "@/lib/api/routes";
import { listNotifications } from "@/lib/dal/accounts/notifications";
import { getClassificationHistory } from "@/lib/dal/classification/run-history";
import { getClassificationSummary } from "@/lib/dal/classification/classification";
import { respondToReviewRequest } from "@/lib/dal/classification/review-requests";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "../classification/profiles";
import { call, tokenFor } from "./helpers";

const QUESTION = "Does the ranking decide who is invited to an interview?";

// A pipeline's view: an organisation with legal, a token, and a system classified through the API.
async function classifiedOverApi(name = "CV screening") {
  const { organizationId, admin } = await createOrganization();
  const legal = await addMember(organizationId, "LEGAL");
  const token = await tokenFor(admin, ["read", "systems:write"]);
  const systemId = await createSystem(organizationId, name);
  const run = await call("POST", "/systems/{id}/classifications", {
    token,
    params: { id: systemId },
    json: { answers: CV_SCREENING_DISPUTED },
  });
  expect(run.status).toBe(201);
  return { organizationId, admin, legal, token, systemId, runId: run.body.runId as string };
}

const ask = (token: string, id: string, json: unknown) =>
  call("POST", "/systems/{id}/review-requests", { token, params: { id }, json });

function expectDocumented(operationId: string, body: unknown) {
  const route = one(API_ROUTES.filter((r) => r.operationId === operationId));
  const parsed = (route.response as z.ZodType).safeParse(body);
  expect(parsed.success, `${operationId}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`).toBe(true);
  expect(parsed.data, `${operationId} sends only documented fields`).toEqual(body);
}

describe("API: requests for legal review", () => {
  it("a pipeline asks legal about the current run; legal is notified and the request is listed", async () => {
    const { organizationId, admin, legal, token, systemId, runId } = await classifiedOverApi();
    const created = await ask(token, systemId, { question: `  ${QUESTION}  ` });
    expect(created.status).toBe(201);
    expectDocumented("requestReview", created.body);
    expect(created.body).toMatchObject({
      systemId,
      systemName: "CV screening",
      runId,
      runSequence: 1,
      question: QUESTION,
      status: "OPEN",
      response: "",
      requestedById: admin.userId,
      respondedByName: null,
    });
    expect(one(await listNotifications(legal))).toMatchObject({ kind: "review_requested", body: QUESTION });
    // The trail names the token that asked, and the administrator accountable for it.
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "review.requested" },
      select: { entityId: true, actorLabel: true },
    });
    expect(audit.entityId).toBe(created.body.id);
    expect(audit.actorLabel).toContain("Test read systems:write");

    const listed = await call("GET", "/systems/{id}/review-requests", { token, params: { id: systemId } });
    expect(listed.status).toBe(200);
    expectDocumented("listSystemReviewRequests", listed.body);
    expect(listed.body.data).toEqual([created.body]);
    expect(listed.body.pagination).toMatchObject({ page: 1, total: 1, next: null });
  });

  it("the organisation's queue filters by status and pages with a Link header", async () => {
    const { admin, legal, token, systemId } = await classifiedOverApi();
    const first = await ask(token, systemId, { question: `${QUESTION} (first)` });
    const second = await ask(token, systemId, { question: `${QUESTION} (second)` });
    await respondToReviewRequest(legal, { requestId: first.body.id, reply: "SENT_BACK", note: "Attach the manual." });
    // Another organisation's request never shows in this queue.
    const other = await classifiedOverApi("Elsewhere");
    await ask(other.token, other.systemId, { question: `${QUESTION} (elsewhere)` });

    const open = await call("GET", "/review-requests", { token, query: { status: "OPEN" } });
    expect(open.status).toBe(200);
    expectDocumented("listReviewRequests", open.body);
    expect(open.body.data.map((r: { id: string }) => r.id)).toEqual([second.body.id]);

    const all = await call("GET", "/review-requests", { token, query: { pageSize: "1" } });
    expect(all.body.data.map((r: { id: string }) => r.id)).toEqual([second.body.id]);
    expect(all.body.pagination).toMatchObject({ total: 2, pageSize: 1 });
    expect(all.headers.get("link")).toContain('rel="next"');
    const page2 = await call("GET", "/review-requests", { token, query: { pageSize: "1", page: "2" } });
    expect(one(page2.body.data)).toMatchObject({
      id: first.body.id,
      status: "SENT_BACK",
      response: "Attach the manual.",
      respondedByName: "Test LEGAL",
    });
    expect(page2.body.pagination.next).toBeNull();

    const readOnly = await tokenFor(admin, ["read"]);
    const sentBack = await call("GET", "/review-requests", { token: readOnly, query: { status: "SENT_BACK" } });
    expect(sentBack.body.data.map((r: { id: string }) => r.id)).toEqual([first.body.id]);

    const bad = await call("GET", "/review-requests", { token, query: { status: "DONE" } });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(Object.keys(bad.body.errors)).toEqual(["status"]);
  });

  it("another organisation's system is not found, for listing and for asking", async () => {
    const mine = await classifiedOverApi();
    const theirs = await classifiedOverApi("Theirs");
    const list = await call("GET", "/systems/{id}/review-requests", {
      token: mine.token,
      params: { id: theirs.systemId },
    });
    expect(list.status).toBe(404);
    const post = await ask(mine.token, theirs.systemId, { question: QUESTION });
    expect(post.status).toBe(404);
    expect(await db().reviewRequest.count({ where: { systemId: theirs.systemId } })).toBe(0);
    expect(await listNotifications(theirs.legal)).toEqual([]);
  });

  it("asking needs the systems:write scope; reading any scope", async () => {
    const { admin, systemId } = await classifiedOverApi();
    for (const scopes of [["read"], ["evidence:write"], ["gate"]] as const) {
      const token = await tokenFor(admin, [...scopes]);
      const refused = await ask(token, systemId, { question: QUESTION });
      expect(refused.status, scopes.join()).toBe(403);
      expect(refused.body.detail).toContain("systems:write");
      const read = await call("GET", "/systems/{id}/review-requests", { token, params: { id: systemId } });
      expect(read.status, scopes.join()).toBe(200);
    }
    expect(await db().reviewRequest.count({ where: { systemId } })).toBe(0);
  });

  it("refuses a bad question with a problem naming the field, and a system not classified yet", async () => {
    const { organizationId, token, systemId } = await classifiedOverApi();
    for (const json of [{}, { question: "Why?" }, { question: 42 }, { question: "x".repeat(4001) }]) {
      const refused = await ask(token, systemId, json);
      expect(refused.status, JSON.stringify(json).slice(0, 40)).toBe(422);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      expect(Object.keys(refused.body.errors)).toEqual(["question"]);
    }
    const malformed = await call("POST", "/systems/{id}/review-requests", {
      token,
      params: { id: systemId },
      headers: { "content-type": "application/json" },
      json: undefined,
    });
    expect(malformed.status).toBe(400);
    const unclassified = await createSystem(organizationId, "Not classified");
    const early = await ask(token, unclassified, { question: QUESTION });
    expect(early.status).toBe(422);
    expect(early.body.detail).toContain("Classify the system");
    expect(await db().reviewRequest.count({ where: { organizationId } })).toBe(0);
  });

  it("after legal confirms in the app, the API and the app both say reviewed", async () => {
    const { admin, legal, token, systemId, runId } = await classifiedOverApi();
    await ask(token, systemId, { question: QUESTION });
    const before = await call("GET", "/systems/{id}", { token, params: { id: systemId } });
    expectDocumented("getSystem", before.body);
    expect(before.body).toMatchObject({
      disposition: "REQUIRES_REVIEW",
      review: { decided: false, overridden: false, decidedAt: null, openRequests: 1 },
    });

    await recordReviewDecision(legal, { runId, decision: "CONFIRMED" });

    const after = await call("GET", "/systems/{id}", { token, params: { id: systemId } });
    expectDocumented("getSystem", after.body);
    expect(after.body).toMatchObject({ disposition: "FINAL", review: { decided: true, overridden: false } });
    expect(after.body.review.openRequests).toBe(0);
    const app = await getClassificationHistory(admin, systemId);
    expect(app.current?.disposition).toBe("FINAL");
    expect(app.current?.review.decided).toBe(true);
    expect((await getClassificationSummary(admin, systemId)).disposition).toBe("FINAL");
    const listed = await call("GET", "/systems/{id}/review-requests", { token, params: { id: systemId } });
    expect(one(listed.body.data as { status: string }[]).status).toBe("CLOSED");
  });
});
