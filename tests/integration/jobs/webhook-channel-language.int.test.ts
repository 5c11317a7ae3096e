// Issue #22: a Slack or Teams channel is read by the whole organisation, so the delivery job and the test message
// word what they post in the organisation's document language (Settings → Organisation).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createIncident } from "@/lib/dal/incidents/incidents";
import { createWebhook } from "@/lib/dal/integrations/webhooks";
import { tryWebhookUrl } from "@/lib/dal/integrations/webhook-try";
import { deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";
import { one } from "../../helpers/expect-defined";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { incidentInput } from "../incidents/helpers";
import { parkEarlierWebhooks } from "./park-webhooks";

const receivers: { stop: () => Promise<void> }[] = [];
beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = "true";
  process.env.NEXTAUTH_URL = "https://actlas.test";
  await parkEarlierWebhooks();
});
afterAll(() => Promise.all(receivers.map((r) => r.stop())));

async function orgIn(locale: string, name: string) {
  const org = await createOrganization(name);
  await db().organization.update({ where: { id: org.organizationId }, data: { documentLocale: locale } });
  return org;
}

describe("channel messages in the document language", () => {
  it("a German organisation's Slack channel reads the incident in German", async () => {
    const { organizationId, admin } = await orgIn("de", "Kanal DE");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const systemId = await createSystem(organizationId, "Kanal DE");
    const slack = await startWebhookReceiver();
    receivers.push(slack);
    await createWebhook(admin, { url: slack.url, format: "SLACK", events: ["incident.created"] });
    await createIncident(officer, incidentInput(systemId, { title: "Bewerber abgelehnt" }));
    await deliverPendingWebhooks(new Date());
    const body = one(slack.received).body;
    expect(JSON.parse(body).text).toMatch(/^Schwerwiegender Vorfall erfasst: INC-\d{4} Bewerber abgelehnt$/);
    expect(body).toContain("Vorfall öffnen");
    expect(body).not.toMatch(/Serious incident recorded|Open the incident/);
  });

  it("a French organisation's test message is French", async () => {
    const { admin } = await orgIn("fr", "Canal FR");
    const teams = await startWebhookReceiver(() => 202);
    receivers.push(teams);
    expect(await tryWebhookUrl(admin, { url: teams.url, format: "TEAMS" })).toMatchObject({ ok: true });
    const body = one(teams.received).body;
    expect(body).toContain("Message de test d'Actlas");
    expect(body).toContain("Ouvrir les paramètres des webhooks");
  });
});
