import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  addSsoDomain,
  listSsoDomains,
  removeSsoDomain,
  verifySsoDomain,
  type SsoDomainDTO,
} from "@/lib/dal/sso/sso-domains";
import { signInWithOidc } from "@/lib/dal/accounts/internal/sso-signin";
import { validationText } from "@/lib/validations/i18n";
import { addMember, createOrganization } from "../../helpers/factories";
import { startDnsServer, type TestDnsServer } from "./dns-server";

// Domain ownership is proven against a real DNS server of the test's own (UDP and TCP on 127.0.0.1).
let dns: TestDnsServer;
beforeAll(async () => {
  dns = await startDnsServer();
  // Read once by lib/env, lazily on first use: set before any data-access call of this file.
  process.env.DNS_SERVERS = dns.address;
});
afterAll(() => dns.stop().catch(() => undefined));

const ISSUER = "https://idp.test.example";
const domain = () => `corp-${randomBytes(4).toString("hex")}.example`;
const sub = () => `sub-${randomBytes(6).toString("hex")}`;
const challengeOf = (row: SsoDomainDTO) => {
  if (!row.challenge) throw new Error(`${row.domain} has no challenge`);
  return row.challenge;
};
const stateOf = async (id: string) =>
  db().organizationDomain.findUniqueOrThrow({ where: { id }, select: { verifiedAt: true } });
const verifiedAudits = (organizationId: string) =>
  db().auditEvent.count({ where: { organizationId, action: "sso_domain.verified" } });

describe("SSO domain verification by DNS TXT record", () => {
  it("an added domain is unverified, says what to publish, and maps nobody until verified", async () => {
    const { organizationId, admin } = await createOrganization("Unverified");
    const d = domain();
    const row = await addSsoDomain(admin, { domain: d, defaultRole: "LEGAL" });
    expect(row.verifiedAt).toBeNull();
    expect(row.challenge).toEqual({
      name: `_actlas-challenge.${d}`,
      value: expect.stringMatching(/^actlas-domain-verification=[0-9a-f]{32}$/),
    });
    expect(await signInWithOidc({ issuer: ISSUER, subject: sub(), email: `alice@${d}`, emailVerified: true })).toEqual({
      ok: false,
      reason: "no-organisation",
    });
    expect(await db().user.count({ where: { email: `alice@${d}` } })).toBe(0);

    const outcome = await verifySsoDomain(admin, row.id);
    expect(outcome).toEqual({
      verified: false,
      problem: "missing",
      message: expect.stringContaining(`No TXT record found at _actlas-challenge.${d}`),
    });
    expect(await stateOf(row.id)).toEqual({ verifiedAt: null });
    expect(await verifiedAudits(organizationId)).toBe(0);
  });

  it("a record with the wrong value is named as such and verifies nothing", async () => {
    const { organizationId, admin } = await createOrganization("Wrong value");
    const row = await addSsoDomain(admin, { domain: domain(), defaultRole: "LEGAL" });
    dns.publish(challengeOf(row).name, "actlas-domain-verification=0000dead");
    const outcome = await verifySsoDomain(admin, row.id);
    expect(outcome).toMatchObject({ verified: false, problem: "mismatch" });
    if (outcome.verified) throw new Error("unexpected");
    expect(outcome.message).toMatch(/has the wrong value \(found “actlas-domain-verification=0000dead”\)/);
    expect(await stateOf(row.id)).toEqual({ verifiedAt: null });
    expect(await verifiedAudits(organizationId)).toBe(0);
  });

  it("the right record verifies the domain, is audited, and from then on sign-ins join at the default role", async () => {
    const { organizationId, admin } = await createOrganization("Verified");
    const d = domain();
    const row = await addSsoDomain(admin, { domain: d, defaultRole: "LEGAL" });
    const { name, value } = challengeOf(row);
    // Split into chunks the way long TXT records travel, next to unrelated records: together more than a UDP
    // reply holds, so the resolver has to ask again over TCP.
    const filler = Array.from({ length: 8 }, (_, i) => `v=spf1 include:_spf${i}.${"x".repeat(180)}.example ~all`);
    dns.publish(name, ...filler, [value.slice(0, 20), value.slice(20)]);
    const outcome = await verifySsoDomain(admin, row.id);
    expect(outcome).toMatchObject({
      verified: true,
      domain: { id: row.id, verifiedAt: expect.any(Date), challenge: null },
    });
    expect(await verifiedAudits(organizationId)).toBe(1);
    expect((await listSsoDomains(admin))[0]).toMatchObject({
      domain: d,
      verifiedAt: expect.any(Date),
      challenge: null,
    });

    const alice = await signInWithOidc({ issuer: ISSUER, subject: sub(), email: `alice@${d}`, emailVerified: true });
    expect(alice).toMatchObject({ ok: true, organizationId });
    if (!alice.ok) throw new Error("expected sign-in");
    expect(
      await db().membership.findFirst({ where: { userId: alice.userId, organizationId }, select: { role: true } }),
    ).toEqual({ role: "LEGAL" });

    // Verifying again neither asks DNS (the record may be gone by now) nor writes another event.
    dns.unpublish(name);
    const queries = dns.queries();
    expect(await verifySsoDomain(admin, row.id)).toMatchObject({ verified: true });
    expect(dns.queries()).toBe(queries);
    expect(await verifiedAudits(organizationId)).toBe(1);
  });

  it("a second organisation may claim a verified domain but cannot verify it while the first holds it", async () => {
    const a = await createOrganization("Holder");
    const b = await createOrganization("Claimant");
    const d = domain();
    const held = await addSsoDomain(a.admin, { domain: d, defaultRole: "MANAGER" });
    const claim = await addSsoDomain(b.admin, { domain: d, defaultRole: "ADMIN" });
    await expect(addSsoDomain(b.admin, { domain: d.toUpperCase(), defaultRole: "ADMIN" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { domain: ["This domain is already on your list."] },
    });
    dns.publish(challengeOf(held).name, challengeOf(held).value, challengeOf(claim).value);
    expect(await verifySsoDomain(a.admin, held.id)).toMatchObject({ verified: true });

    const refusal = await verifySsoDomain(b.admin, claim.id).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`Another organisation has already verified ${d}`),
    });
    // A person reads it in their language (lib/action.ts words it through the validation catalogues), domain kept.
    expect(validationText("fr", (refusal as Error).message)).toMatch(
      new RegExp(`^Une autre organisation a déjà vérifié ${d.replaceAll(".", "\\.")} : `),
    );
    expect(await stateOf(claim.id)).toEqual({ verifiedAt: null });
    const bob = await signInWithOidc({ issuer: ISSUER, subject: sub(), email: `bob@${d}`, emailVerified: true });
    expect(bob).toMatchObject({ ok: true, organizationId: a.organizationId });

    // Once the holder lets go, the claimant's own record proves it.
    await removeSsoDomain(a.admin, held.id);
    expect(await verifySsoDomain(b.admin, claim.id)).toMatchObject({ verified: true });
    expect(
      await signInWithOidc({ issuer: ISSUER, subject: sub(), email: `carol@${d}`, emailVerified: true }),
    ).toMatchObject({ ok: true, organizationId: b.organizationId });
  });

  it("two organisations verifying the same domain at the same moment: exactly one wins, the other is told why", async () => {
    const a = await createOrganization("Race A");
    const b = await createOrganization("Race B");
    const d = domain();
    const rowA = await addSsoDomain(a.admin, { domain: d, defaultRole: "MANAGER" });
    const rowB = await addSsoDomain(b.admin, { domain: d, defaultRole: "MANAGER" });
    dns.publish(challengeOf(rowA).name, challengeOf(rowA).value, challengeOf(rowB).value);
    const outcomes = await Promise.allSettled([verifySsoDomain(a.admin, rowA.id), verifySsoDomain(b.admin, rowB.id)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db().organizationDomain.count({ where: { domain: d, verifiedAt: { not: null } } })).toBe(1);
  });

  it("only administrators verify, and another organisation's domain is not found", async () => {
    const a = await createOrganization("Roles A");
    const b = await createOrganization("Roles B");
    const row = await addSsoDomain(a.admin, { domain: domain(), defaultRole: "MANAGER" });
    dns.publish(challengeOf(row).name, challengeOf(row).value);
    for (const role of ["COMPLIANCE_OFFICER", "MANAGER", "AUDITOR"] as const) {
      await expect(verifySsoDomain(await addMember(a.organizationId, role), row.id)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(verifySsoDomain(b.admin, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(verifySsoDomain(a.admin, "no-such-domain")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stateOf(row.id)).toEqual({ verifiedAt: null });
  });

  it("a DNS server that fails, stays silent or is gone: 'try again in a few minutes' within seconds, nothing changed", async () => {
    const { admin } = await createOrganization("DNS down");
    const row = await addSsoDomain(admin, { domain: domain(), defaultRole: "MANAGER" });
    dns.publish(challengeOf(row).name, challengeOf(row).value);
    const unavailable = {
      verified: false,
      problem: "unavailable",
      message: expect.stringContaining("try again in a few minutes"),
    };
    for (const mode of ["servfail", "silent"] as const) {
      dns.setMode(mode);
      const started = Date.now();
      expect(await verifySsoDomain(admin, row.id), mode).toEqual(unavailable);
      expect(Date.now() - started, mode).toBeLessThan(8_000);
    }
    await dns.stop();
    const started = Date.now();
    expect(await verifySsoDomain(admin, row.id)).toEqual(unavailable);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await stateOf(row.id)).toEqual({ verifiedAt: null });
  }, 30_000);
});
