import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { requestReview, respondToReviewRequest } from "@/lib/dal/classification/review-requests";
import { createIncident } from "@/lib/dal/incidents/incidents";
import { createWebhook } from "@/lib/dal/integrations/webhooks";
import { tryWebhookUrl } from "@/lib/dal/integrations/webhook-try";
import { enqueueIncidentClockMessages } from "@/lib/dal/jobs/reminders-channels";
import { enqueueOverdueDigests } from "@/lib/dal/jobs/reminders-overdue-digest";
import { deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";
import { one } from "../../helpers/expect-defined";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "../classification/profiles";
import { incidentInput } from "../incidents/helpers";
import { createObligation } from "./helpers";
import { parkEarlierWebhooks } from "./park-webhooks";

const APP = "https://actlas.test";
beforeAll(async () => {
  // Receivers listen on 127.0.0.1, which only ALLOW_PRIVATE_URLS lets through (the url-guard tests cover the refusal).
  process.env.ALLOW_PRIVATE_URLS = "true";
  process.env.NEXTAUTH_URL = APP;
  await parkEarlierWebhooks();
});
const receivers: { stop: () => Promise<void> }[] = [];
afterAll(() => Promise.all(receivers.map((r) => r.stop())));
async function receiver(status?: () => number) {
  const r = await startWebhookReceiver(status);
  receivers.push(r);
  return r;
}
const bodies = (r: Awaited<ReturnType<typeof receiver>>) => r.received.map((m) => JSON.parse(m.body));
// The delivery job sends up to eight deliveries at once, so they may arrive in any order: each is found by its text.
const withText = (list: Record<string, unknown>[], text: string): Record<string, unknown> =>
  list.find((b) => JSON.stringify(b).includes(text)) ?? {};

async function channelOrg(name: string) {
  const { organizationId, admin } = await createOrganization(name);
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const legal = await addMember(organizationId, "LEGAL");
  const systemId = await createSystem(organizationId, name);
  await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
  return { organizationId, admin, officer, legal, systemId };
}

// Slack's incoming webhook takes { text, blocks }: the section's mrkdwn, then an actions block with a link button.
function expectSlackMessage(body: Record<string, unknown>, title: RegExp, url: string) {
  expect(Object.keys(body).sort()).toEqual(["blocks", "text"]);
  expect(body.text).toMatch(title);
  const blocks = body.blocks as { type: string; text?: { type: string; text: string }; elements?: unknown[] }[];
  expect(one(blocks, 0, "section")).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
  expect(blocks.at(-1)).toEqual({
    type: "actions",
    elements: [
      { type: "button", text: { type: "plain_text", text: expect.any(String) }, url, action_id: "open_in_actlas" },
    ],
  });
}

// Teams' Workflows webhook takes a message with one Adaptive Card 1.4 attachment.
function expectTeamsCard(body: Record<string, unknown>, title: RegExp, url: string) {
  expect(body.type).toBe("message");
  const attachment = one(body.attachments as Record<string, unknown>[], 0, "card");
  expect(attachment.contentType).toBe("application/vnd.microsoft.card.adaptive");
  const card = attachment.content as {
    type: string;
    version: string;
    body: { type: string; text?: string }[];
    actions: unknown[];
  };
  expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.4" });
  expect(one(card.body, 0, "title")).toMatchObject({ type: "TextBlock", text: expect.stringMatching(title) });
  expect(card.body.some((b) => b.type === "FactSet")).toBe(true);
  expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: expect.any(String), url }]);
}

describe("Slack and Teams channels", () => {
  it("posts review requests and incidents to a Slack channel, and nothing a channel did not subscribe to", async () => {
    const { admin, officer, systemId } = await channelOrg("Slack channel");
    const slack = await receiver();
    const generic = await receiver();
    await createWebhook(admin, { url: slack.url, format: "SLACK", events: ["review.requested", "incident.created"] });
    await createWebhook(admin, { url: generic.url, events: ["incident.created"] });

    await requestReview(officer, { systemId, question: "Is <this> Annex III 4(a)?" });
    const incident = await createIncident(officer, incidentInput(systemId, { title: "Rejected & unheard" }));
    await deliverPendingWebhooks(new Date());

    const review = withText(bodies(slack), "Legal review requested");
    const created = withText(bodies(slack), "Serious incident recorded");
    expect(slack.received).toHaveLength(2);
    expectSlackMessage(
      review,
      /^Legal review requested: Slack channel$/,
      `${APP}/systems/${systemId}/classification#review-requests`,
    );
    // Typed text is escaped for mrkdwn.
    expect(JSON.stringify(review)).toContain("Is &lt;this&gt; Annex III 4(a)?");
    expectSlackMessage(
      created,
      /^Serious incident recorded: INC-\d{4} Rejected &amp; unheard$/,
      `${APP}/incidents/${incident.id}`,
    );
    // The generic receiver subscribed to incidents only: the review request sent it nothing.
    expect(bodies(generic).map((b) => b.event)).toEqual(["incident.created"]);
    expect(one(generic.received).headers["x-actlas-signature"]).toBeTruthy();
  });

  it("posts review replies and incidents to a Teams channel as Adaptive Cards", async () => {
    const { admin, officer, legal, systemId } = await channelOrg("Teams channel");
    const teams = await receiver(() => 202);
    await createWebhook(admin, { url: teams.url, format: "TEAMS", events: ["review.replied", "incident.created"] });

    const { requestId } = await requestReview(officer, { systemId, question: "Deployer or provider?" });
    await respondToReviewRequest(legal, { requestId, reply: "ANSWERED", note: "Deployer: you bought it." });
    const incident = await createIncident(officer, incidentInput(systemId));
    await deliverPendingWebhooks(new Date());

    const reply = withText(bodies(teams), "Legal answered a review request");
    const created = withText(bodies(teams), "Serious incident recorded");
    expect(teams.received).toHaveLength(2);
    expectTeamsCard(
      reply,
      /^Legal answered a review request: Teams channel$/,
      `${APP}/systems/${systemId}/classification#review-requests`,
    );
    expect(JSON.stringify(reply)).toContain("Deployer: you bought it.");
    expectTeamsCard(created, /^Serious incident recorded: INC-\d{4}/, `${APP}/incidents/${incident.id}`);
    const rows = await db().webhookDelivery.findMany({ where: { webhook: { url: teams.url } } });
    expect(rows.map((r) => r.status)).toEqual(["DELIVERED", "DELIVERED"]);
  });

  it("announces each stage of a running Art 73 clock once, however often the reminder job runs", async () => {
    const { admin, officer, systemId } = await channelOrg("Clock channel");
    const slack = await receiver();
    await createWebhook(admin, { url: slack.url, format: "SLACK", events: ["incident.deadline"] });
    const incident = await createIncident(officer, incidentInput(systemId, { harm: "FUNDAMENTAL_RIGHTS" }));
    const { awareAt } = await db().incident.findUniqueOrThrow({ where: { id: incident.id } });
    const day = 24 * 60 * 60 * 1000;
    const started = new Date(awareAt!.getTime() + day);
    const soon = new Date(awareAt!.getTime() + 14 * day);

    await enqueueIncidentClockMessages(started);
    await enqueueIncidentClockMessages(new Date(started.getTime() + 60 * 60 * 1000));
    await deliverPendingWebhooks(new Date());
    await enqueueIncidentClockMessages(soon);
    await enqueueIncidentClockMessages(soon);
    await deliverPendingWebhooks(new Date());

    const texts = bodies(slack).map((b) => String(b.text));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^INC-\d{4}: Art 73 report due in 14 days/);
    expect(texts[1]).toMatch(/^INC-\d{4}: Art 73 report due in 1 day/);
  });

  it("sends a test message in the chosen format before the webhook is saved, and reports the receiver's answer", async () => {
    const { organizationId, admin } = await createOrganization("Try channel");
    const teams = await receiver(() => 202);
    expect(await tryWebhookUrl(admin, { url: teams.url, format: "TEAMS" })).toEqual({
      ok: true,
      status: 202,
      answer: "",
    });
    expectTeamsCard(one(bodies(teams)), /^Test message from Actlas$/, `${APP}/settings/webhooks`);
    const refusing = await receiver(() => 404);
    expect(await tryWebhookUrl(admin, { url: refusing.url, format: "SLACK" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await db().webhook.count({ where: { organizationId } })).toBe(0);
  });

  it("sends one digest of overdue duties per organisation and day, only to channels that subscribed", async () => {
    const { organizationId, admin } = await createOrganization("Digest channel");
    const systemId = await createSystem(organizationId, "Chatbot");
    await createObligation(organizationId, systemId, null, -10, "Transparency notice");
    await createObligation(organizationId, systemId, null, -3, "Logging");
    await createObligation(organizationId, systemId, null, 5, "Not yet due");
    const teams = await receiver(() => 202);
    const other = await receiver();
    await createWebhook(admin, { url: teams.url, format: "TEAMS", events: ["obligations.overdue"] });
    await createWebhook(admin, { url: other.url, format: "SLACK", events: ["incident.created"] });

    const now = new Date();
    await enqueueOverdueDigests(now);
    await enqueueOverdueDigests(new Date(now.getTime() + 60_000));
    await deliverPendingWebhooks(new Date());

    expect(other.received).toHaveLength(0);
    const digest = one(bodies(teams), 0, "digest");
    expectTeamsCard(digest, /^2 duties are overdue$/, `${APP}/obligations?due=overdue`);
    const card = JSON.stringify(digest);
    expect(card.indexOf("Transparency notice")).toBeLessThan(card.indexOf("Logging"));
    expect(card).not.toContain("Not yet due");
    expect(teams.received).toHaveLength(1);
  });
});
