import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import type { Role } from "@/lib/access/permissions";
import { db } from "@/lib/db/client";
import { resolveSession } from "@/lib/dal/accounts/internal/sessions";
import { addSsoDomain, listSsoDomains, removeSsoDomain, verifySsoDomain } from "@/lib/dal/sso/sso-domains";
import { signInWithOidc } from "@/lib/dal/accounts/internal/sso-signin";
import { addMember, createOrganization } from "../../helpers/factories";
import { startDnsServer, type TestDnsServer } from "./dns-server";

const ISSUER = "https://idp.test.example";
const domain = () => `corp-${randomBytes(4).toString("hex")}.example`;
const sub = () => `sub-${randomBytes(6).toString("hex")}`;

// Only verified domains map sign-ins: these tests prove ownership through a DNS server of their own.
let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startDnsServer();
  process.env.DNS_SERVERS = dns.address;
});
afterAll(() => dns.stop());

async function mapVerifiedDomain(admin: Actor, d: string, defaultRole: Role) {
  const row = await addSsoDomain(admin, { domain: d, defaultRole });
  if (!row.challenge) throw new Error("a new domain starts unverified");
  dns.publish(row.challenge.name, row.challenge.value);
  expect(await verifySsoDomain(admin, row.id)).toMatchObject({ verified: true });
  return row;
}

describe("single sign-on: domain mapping", () => {
  it("an admin maps a domain; public mail domains and bad input are refused next to the field", async () => {
    const { admin } = await createOrganization("SSO");
    const d = domain();
    await addSsoDomain(admin, { domain: `@${d.toUpperCase()}`, defaultRole: "LEGAL" });
    expect((await listSsoDomains(admin)).map((x) => [x.domain, x.defaultRole])).toEqual([[d, "LEGAL"]]);
    await expect(addSsoDomain(admin, { domain: "gmail.com", defaultRole: "LEGAL" })).rejects.toThrow(
      /Public mail domains/,
    );
    await expect(addSsoDomain(admin, { domain: "https://x", defaultRole: "LEGAL" })).rejects.toThrow(/example.com/);
  });

  it("a domain is listed once per organisation; claims by several organisations coexist until one verifies", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const d = domain();
    await addSsoDomain(a.admin, { domain: d, defaultRole: "MANAGER" });
    await expect(addSsoDomain(a.admin, { domain: d, defaultRole: "ADMIN" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { domain: [expect.stringMatching(/already on your list/)] },
    });
    expect(await addSsoDomain(b.admin, { domain: d, defaultRole: "ADMIN" })).toMatchObject({
      domain: d,
      verifiedAt: null,
    });
  });

  it("only admins manage domains, and another organisation's domain is not found", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    const compliance = await addMember(a.organizationId, "COMPLIANCE_OFFICER");
    await expect(listSsoDomains(compliance)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addSsoDomain(compliance, { domain: domain(), defaultRole: "ADMIN" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const row = await addSsoDomain(a.admin, { domain: domain(), defaultRole: "MANAGER" });
    await expect(removeSsoDomain(b.admin, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeSsoDomain(a.admin, row.id);
    expect(await listSsoDomains(a.admin)).toEqual([]);
    expect(
      await db().auditEvent.count({
        where: { organizationId: a.organizationId, action: { in: ["sso_domain.added", "sso_domain.removed"] } },
      }),
    ).toBe(2);
  });
});

describe("single sign-on: sign-in", () => {
  it("creates the user without a password, joins the mapped organisation at the default role, audits it, and reuses the user next time", async () => {
    const { organizationId, admin } = await createOrganization("JIT");
    const d = domain();
    await mapVerifiedDomain(admin, d, "LEGAL");
    const identity = {
      issuer: ISSUER,
      subject: sub(),
      email: `Ada@${d.toUpperCase()}`,
      emailVerified: true,
      name: "Ada",
    };
    const first = await signInWithOidc(identity);
    if (!first.ok) throw new Error("expected sign-in");
    const user = await db().user.findUniqueOrThrow({ where: { id: first.userId }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ email: `ada@${d}`, passwordHash: null, oidcSubject: `${ISSUER}|${identity.subject}` });
    expect(
      await db().membership.findFirst({ where: { userId: user.id, organizationId }, select: { role: true } }),
    ).toEqual({ role: "LEGAL" });
    expect(await resolveSession(first.sessionId)).toMatchObject({ userId: user.id, organizationId });
    expect(
      await db().auditEvent.count({ where: { organizationId, action: "membership.created_by_sso", actorId: user.id } }),
    ).toBe(1);

    const second = await signInWithOidc(identity);
    expect(second).toMatchObject({ ok: true, userId: user.id });
    expect(await db().membership.count({ where: { userId: user.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { organizationId, action: "membership.created_by_sso" } })).toBe(1);
  });

  it("links an existing password account by verified email, keeping its memberships", async () => {
    const { organizationId } = await createOrganization("Link");
    const d = domain();
    const existing = await addMember(organizationId, "COMPLIANCE_OFFICER", `grace@${d}`);
    const result = await signInWithOidc({ issuer: ISSUER, subject: sub(), email: `grace@${d}`, emailVerified: true });
    expect(result).toMatchObject({ ok: true, userId: existing.userId });
    expect(await db().membership.findFirst({ where: { userId: existing.userId }, select: { role: true } })).toEqual({
      role: "COMPLIANCE_OFFICER",
    });
  });

  it("an unmapped domain writes nothing and says why", async () => {
    const email = `nobody@${domain()}`;
    expect(await signInWithOidc({ issuer: ISSUER, subject: sub(), email, emailVerified: true })).toEqual({
      ok: false,
      reason: "no-organisation",
    });
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("an unverified email neither links an account nor joins an organisation", async () => {
    const { organizationId, admin } = await createOrganization("Unverified");
    const d = domain();
    await mapVerifiedDomain(admin, d, "ADMIN");
    const victim = await addMember(organizationId, "ADMIN", `boss@${d}`);
    expect(await signInWithOidc({ issuer: ISSUER, subject: sub(), email: `boss@${d}`, emailVerified: false })).toEqual({
      ok: false,
      reason: "unverified-email",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: victim.userId } })).oidcSubject).toBeNull();
    expect(await db().membership.count({ where: { organizationId } })).toBe(2);
  });

  it("the same subject at another issuer is another person", async () => {
    const { admin } = await createOrganization("Issuers");
    const d = domain();
    await mapVerifiedDomain(admin, d, "MANAGER");
    const subject = sub();
    const a = await signInWithOidc({ issuer: ISSUER, subject, email: `a@${d}`, emailVerified: true });
    const b = await signInWithOidc({
      issuer: "https://other-idp.example",
      subject,
      email: `b@${d}`,
      emailVerified: true,
    });
    if (!a.ok || !b.ok) throw new Error("expected sign-ins");
    expect(a.userId).not.toBe(b.userId);
  });
});
