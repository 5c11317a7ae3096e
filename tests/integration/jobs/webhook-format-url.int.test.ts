import { beforeAll, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { createWebhook } from "@/lib/dal/integrations/webhooks";
import { createOrganization } from "../../helpers/factories";

// A saved URL that does not suit the new format is refused next to the format field, and the old format stays. With
// the production setting (private addresses refused), read once per process, hence a file of its own.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setWebhookFormatAction } = await import("@/app/(app)/settings/webhooks/actions");

beforeAll(() => {
  process.env.ALLOW_PRIVATE_URLS = "false";
});

it("checks the saved URL against the new format, next to the format field, and keeps the old format", async () => {
  const { admin } = await createOrganization("Format refused");
  const { id } = await createWebhook(admin, { url: "https://93.184.215.14/hooks/actlas", events: ["gate.changed"] });
  session.actor = admin;
  expect(await setWebhookFormatAction({ webhookId: id, format: "SLACK" })).toMatchObject({
    ok: false,
    code: "VALIDATION",
    fieldErrors: { format: [expect.stringContaining("hooks.slack.com")] },
  });
  expect(await db().webhook.findUniqueOrThrow({ where: { id } })).toMatchObject({ format: "GENERIC" });
  // Teams' hosts vary by region: an https URL is taken.
  expect(await setWebhookFormatAction({ webhookId: id, format: "TEAMS" })).toMatchObject({ ok: true });
});
