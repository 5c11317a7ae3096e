import { hashPassword } from "../../lib/crypto/password";
import { db, inOneTransaction } from "../../lib/db/client";
import { writeAudit } from "../../lib/dal/core/audit";
import { ensureSigningCertificate } from "../../lib/dal/signing/internal/identity";
import { env } from "../../lib/env";
import { slugify } from "../../lib/slug";
import { DEMO_ORGANIZATION_PROFILE } from "./demo-organization-profile";
import { DEMO_ORGANIZATION_NAME, DEMO_USERS } from "./demo-users";
import { BANKING_SYSTEMS } from "./demo-systems-banking";
import { GROUP_SYSTEMS } from "./demo-systems-group";
import { INSURANCE_SYSTEMS } from "./demo-systems-insurance";
import type { DemoSystem } from "./demo-system-type";
import { seedClassifications } from "./seed-classifications";
import { seedDemoRegisters } from "./seed-registers";
import { seedDemoTrend } from "./seed-trend";

export const DEMO_SYSTEMS: DemoSystem[] = [...BANKING_SYSTEMS, ...INSURANCE_SYSTEMS, ...GROUP_SYSTEMS];

export async function demoOrganizationExists(): Promise<boolean> {
  return (await db().organization.count({ where: { name: DEMO_ORGANIZATION_NAME } })) > 0;
}

// Creates the demo organisation in one transaction, all of it or nothing, with an audit trail like real use: its
// systems and classifications, and the registers and trend that are filled through the data layer's entry points
// (inOneTransaction makes their own transactions join this one). A failure half-way leaves no organisation behind,
// so the next start or `npm run db:seed` seeds it whole instead of finding a half-seeded one and skipping it.
export async function seedDemoOrganization(): Promise<{ created: boolean }> {
  if (await demoOrganizationExists()) return { created: false };
  const users = await Promise.all(
    DEMO_USERS.map(async (u) => ({ ...u, passwordHash: await hashPassword(u.password) })),
  );
  await inOneTransaction(() => seedWhole(users), { timeout: SEED_TIMEOUT_MS });
  // The demo's self-signed PDF signing certificate, so its first dossier is signed without a wait. Without the secrets
  // key (`npm run db:seed` on a bare DATABASE_URL) the app makes it at the first seal instead, so it is no part of the
  // all-or-nothing above.
  if (env().ACTLAS_SECRETS_KEY) {
    const { id } = await db().organization.findFirstOrThrow({ where: { name: DEMO_ORGANIZATION_NAME } });
    await ensureSigningCertificate(id);
  }
  return { created: true };
}

// Generous: the registers go through the data layer one entry point at a time, on a slow machine too.
const SEED_TIMEOUT_MS = 300_000;

async function seedWhole(users: ((typeof DEMO_USERS)[number] & { passwordHash: string })[]): Promise<void> {
  const userIds = new Map<string, string>();
  const organizationId = await db().$transaction(
    async (tx) => {
      const org = await tx.organization.create({
        data: {
          name: DEMO_ORGANIZATION_NAME,
          slug: slugify(DEMO_ORGANIZATION_NAME),
          profile: DEMO_ORGANIZATION_PROFILE,
        },
      });
      for (const u of users) {
        const user = await tx.user.upsert({
          where: { email: u.email },
          update: {},
          create: { email: u.email, name: u.name, passwordHash: u.passwordHash },
          select: { id: true },
        });
        userIds.set(u.key, user.id);
        await tx.membership.create({ data: { userId: user.id, organizationId: org.id, role: u.role } });
      }
      // The administrator creates the organisation in the audit trail, as a real sign-up would.
      const admin = DEMO_USERS.find((u) => u.role === "ADMIN");
      const adminId = admin && userIds.get(admin.key);
      if (!admin || !adminId) throw new Error("The demo users must include an administrator");
      const actor = { organizationId: org.id, userId: adminId, actorLabel: admin.email };
      const systemIds = new Map<string, string>();
      await writeAudit(tx, actor, {
        action: "organization.created",
        entityType: "Organization",
        entityId: org.id,
        after: { name: org.name },
      });
      await writeAudit(tx, actor, {
        action: "organization.profile_updated",
        entityType: "Organization",
        entityId: org.id,
        before: {},
        after: DEMO_ORGANIZATION_PROFILE,
      });
      // The managed list of business units the demo systems are filed under (Settings → Business units).
      const unitIds = new Map<string, string>();
      for (const name of new Set(DEMO_SYSTEMS.map((s) => s.businessUnit).filter(Boolean))) {
        const unit = await tx.businessUnit.create({ data: { organizationId: org.id, name }, select: { id: true } });
        unitIds.set(name, unit.id);
      }
      for (const s of DEMO_SYSTEMS) {
        const { models, datasets, owner, placedOnMarketAt, ...fields } = s;
        const system = await tx.aiSystem.create({
          data: {
            ...fields,
            businessUnitId: unitIds.get(s.businessUnit) ?? null,
            organizationId: org.id,
            ownerId: owner ? userIds.get(owner) : null,
            placedOnMarketAt: placedOnMarketAt ? new Date(placedOnMarketAt) : null,
            updatedById: actor.userId,
          },
          select: { id: true, name: true },
        });
        systemIds.set(system.name, system.id);
        for (const m of models ?? []) {
          const model = await tx.aiModel.create({
            data: {
              organizationId: org.id,
              name: m.name,
              registryName: m.registryName,
              versions: { create: m.versions.map((v) => ({ ...v, organizationId: org.id })) },
            },
            select: { id: true },
          });
          await tx.aiSystemModel.create({ data: { organizationId: org.id, systemId: system.id, modelId: model.id } });
        }
        for (const d of datasets ?? []) {
          const dataset = await tx.dataset.create({ data: { organizationId: org.id, ...d }, select: { id: true } });
          await tx.aiSystemDataset.create({
            data: { organizationId: org.id, systemId: system.id, datasetId: dataset.id },
          });
        }
        await writeAudit(tx, actor, {
          action: "system.created",
          entityType: "AiSystem",
          entityId: system.id,
          systemId: system.id,
          after: s,
        });
      }
      await seedClassifications(tx, actor, systemIds, userIds);
      return org.id;
    },
    { timeout: SEED_TIMEOUT_MS },
  );
  // Risks, AI literacy, a published policy and Statement of Applicability decisions, through the data layer.
  await seedDemoRegisters(organizationId, userIds);
  // Twelve weeks of invented dashboard history (demo data, see seed-trend.ts) so the trend chart is not empty.
  await seedDemoTrend(organizationId);
}
