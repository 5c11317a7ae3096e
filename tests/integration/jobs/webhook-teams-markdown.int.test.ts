import { afterAll, beforeAll, expect, it } from "vitest";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { createIncident } from "@/lib/dal/incidents/incidents";
import { createWebhook } from "@/lib/dal/integrations/webhooks";
import { deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";
import { one } from "../../helpers/expect-defined";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "../classification/profiles";
import { incidentInput } from "../incidents/helpers";
import { parkEarlierWebhooks } from "./park-webhooks";

// Teams renders a Markdown subset in an Adaptive Card's TextBlock and FactSet: text people typed (a system's name, an
// incident's title) must arrive as text, never as a link or emphasis, as Slack's mrkdwn is escaped. Checked on what
// the local receiver got from the delivery job.
beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = "true";
  process.env.NEXTAUTH_URL = "https://actlas.test";
  await parkEarlierWebhooks();
});
let stop: () => Promise<void> = async () => undefined;
afterAll(() => stop());

type Card = { body: { type: string; text?: string; facts?: { title: string; value: string }[] }[] };

// Every piece of text the card shows.
const texts = (card: Card) =>
  card.body.flatMap((b) => [b.text ?? "", ...(b.facts ?? []).flatMap((f) => [f.title, f.value])]).filter(Boolean);
// A Markdown link or emphasis that is not escaped: "[a](b)", "*a*", "_a_" with no backslash before the markup.
const LIVE_MARKDOWN = /(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<![\\\w])\*[^*\s][^*]*(?<!\\)\*|(?<![\\\w])_[^_\s][^_]*(?<!\\)_/;

it("escapes Markdown in the text of a Teams card, so a typed link or emphasis reads as typed", async () => {
  const hostile = "*x* [link](http://evil) _y_";
  const { organizationId, admin } = await createOrganization("Teams markdown");
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const systemId = await createSystem(organizationId, hostile);
  await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
  const teams = await startWebhookReceiver(() => 202);
  stop = teams.stop;
  await createWebhook(admin, { url: teams.url, format: "TEAMS", events: ["incident.created"] });
  await createIncident(officer, incidentInput(systemId, { title: `Refused ${hostile}` }));
  await deliverPendingWebhooks(new Date());

  const body = JSON.parse(one(teams.received).body) as { attachments: { content: Card }[] };
  const shown = texts(one(body.attachments).content);
  expect(shown.join("\n")).toContain("Refused");
  for (const text of shown) expect(text, text).not.toMatch(LIVE_MARKDOWN);
  // The characters are all there, escaped: the reader sees exactly what was typed.
  expect(shown).toContainEqual(expect.stringContaining("\\*x\\* \\[link\\](http://evil) \\_y\\_"));
});
