import { describe, expect, it } from "vitest";
import { describeEvent } from "@/lib/webhooks/message";
import { renderDeliveryBody } from "@/lib/webhooks/render";
import { escapeMrkdwn, renderSlack } from "@/lib/webhooks/slack";
import { ADAPTIVE_CARD_CONTENT_TYPE, renderTeams } from "@/lib/webhooks/teams";

const BASE = "https://actlas.example.eu";
const incident = {
  event: "incident.created",
  occurredAt: "2026-12-05T10:00:00.000Z",
  organizationId: "org_1",
  data: {
    incidentId: "inc_1",
    reference: "INC-0007",
    systemId: "sys_1",
    systemName: "CV screening",
    title: "Candidates from one postcode rejected",
    status: "OPEN",
    harm: "FUNDAMENTAL_RIGHTS",
    reportingDeadline: "2026-12-20T10:00:00.000Z",
  },
};
const review = {
  event: "review.requested",
  data: {
    requestId: "rr_1",
    systemId: "sys_2",
    systemName: "Credit <scoring> & co",
    question: "Is Annex III 5(b) met?",
    by: "co@x.eu",
  },
};

describe("channel messages", () => {
  it("describe an incident with its Art 73 deadline and a link to the incident", () => {
    const m = describeEvent(incident, BASE);
    expect(m.title).toBe("Serious incident recorded: INC-0007 Candidates from one postcode rejected");
    expect(m.text).toContain("2026-12-20 10:00 UTC");
    expect(m.facts).toEqual([
      { title: "System", value: "CV screening" },
      { title: "Status", value: "Open" },
      { title: "Harm", value: "Infringement of obligations protecting fundamental rights" },
    ]);
    expect(m.link).toEqual({ label: "Open the incident", url: `${BASE}/incidents/inc_1` });
  });

  it("link a review request to the system's review thread, and name an unknown event without failing", () => {
    expect(describeEvent(review, BASE).link.url).toBe(`${BASE}/systems/sys_2/classification#review-requests`);
    const unknown = describeEvent({ event: "vendor.answered", data: {} }, BASE);
    expect(unknown).toMatchObject({ title: "Actlas: vendor.answered", link: { url: `${BASE}/` } });
  });
});

// Slack incoming webhooks: https://api.slack.com/messaging/webhooks and Block Kit's section, actions and button.
describe("Slack", () => {
  it("sends text plus blocks: a mrkdwn section, fields for the facts and a link button", () => {
    const body = renderSlack(describeEvent(incident, BASE));
    expect(body.text).toBe("Serious incident recorded: INC-0007 Candidates from one postcode rejected");
    expect(body.blocks).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: expect.stringMatching(/^\*Serious incident recorded: INC-0007 .+\*\nThe Art 73/),
        },
      },
      { type: "section", fields: expect.arrayContaining([{ type: "mrkdwn", text: "*Status*\nOpen" }]) },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "Open the incident" },
            url: `${BASE}/incidents/inc_1`,
            action_id: "open_in_actlas",
          },
        ],
      },
    ]);
  });

  it("escapes &, < and > so typed text cannot become mentions or links, and keeps Slack's length limits", () => {
    expect(escapeMrkdwn("<!channel> & <https://evil|x>")).toBe("&lt;!channel&gt; &amp; &lt;https://evil|x&gt;");
    const body = renderSlack(describeEvent(review, BASE));
    expect(body.text).toBe("Legal review requested: Credit &lt;scoring&gt; &amp; co");
    const long = renderSlack({
      title: "t",
      text: "x".repeat(5000),
      facts: [],
      link: { label: "L".repeat(100), url: BASE },
    });
    const [section, actions] = long.blocks as { text?: { text: string }; elements?: { text: { text: string } }[] }[];
    expect(section?.text?.text.length).toBe(3000);
    expect(actions?.elements?.[0]?.text.text.length).toBe(75);
  });
});

// Teams Workflows webhook: a message with one Adaptive Card attachment (schema 1.4).
describe("Microsoft Teams", () => {
  it("sends a message whose attachment is an Adaptive Card 1.4 with a title, facts and an OpenUrl action", () => {
    const body = renderTeams(describeEvent(incident, BASE));
    expect(body).toMatchObject({ type: "message", attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE }] });
    const card = (body.attachments as { content: Record<string, unknown> }[])[0]?.content;
    expect(card).toMatchObject({
      type: "AdaptiveCard",
      version: "1.4",
      body: [
        { type: "TextBlock", text: expect.stringContaining("INC-0007"), weight: "Bolder", wrap: true },
        { type: "TextBlock", wrap: true },
        { type: "FactSet", facts: expect.arrayContaining([{ title: "System", value: "CV screening" }]) },
      ],
      actions: [{ type: "Action.OpenUrl", title: "Open the incident", url: `${BASE}/incidents/inc_1` }],
    });
    expect(ADAPTIVE_CARD_CONTENT_TYPE).toBe("application/vnd.microsoft.card.adaptive");
  });
});

describe("renderDeliveryBody", () => {
  it("keeps the generic body as before: the delivery id, then the payload", () => {
    expect(JSON.parse(renderDeliveryBody("GENERIC", { id: "d1", payload: incident }, BASE))).toEqual({
      id: "d1",
      ...incident,
    });
    expect(JSON.parse(renderDeliveryBody("SLACK", { id: "d1", payload: incident }, BASE))).toHaveProperty("blocks");
    expect(JSON.parse(renderDeliveryBody("TEAMS", { id: "d1", payload: incident }, BASE))).toHaveProperty(
      "type",
      "message",
    );
  });
});
