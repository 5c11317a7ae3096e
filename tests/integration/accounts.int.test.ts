import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signUp, verifyCredentials } from "@/lib/dal/accounts";
import { AppError } from "@/lib/errors";
import { uniqueEmail } from "../helpers/factories";

const PASSWORD = "correct horse battery";

describe("sign-up", () => {
  it("creates the user, the organisation and the admin membership, with audit events", async () => {
    const email = uniqueEmail("founder");
    const { userId, organizationId } = await signUp({ name: "Founder", email, password: PASSWORD, organizationName: "Acme AI" });
    const membership = await db().membership.findUniqueOrThrow({ where: { userId_organizationId: { userId, organizationId } } });
    expect(membership.role).toBe("ADMIN");
    const actions = (await db().auditEvent.findMany({ where: { organizationId }, orderBy: { sequence: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["organization.created", "membership.created"]);
  });

  it("stores a normalised email and an argon2id hash, never the password", async () => {
    const email = uniqueEmail("Mixed.Case").replace("mixed", "MiXeD");
    const { userId } = await signUp({ name: "M", email: `  ${email}  `, password: PASSWORD, organizationName: "Case Org" });
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials(email.toUpperCase(), PASSWORD)).toBe(userId);
    expect(await verifyCredentials(email, "wrong password here")).toBeNull();
    expect(await verifyCredentials(uniqueEmail("nobody"), PASSWORD)).toBeNull();
  });

  it("refuses a taken email (in any case) with a field error and creates nothing", async () => {
    const email = uniqueEmail("taken");
    await signUp({ name: "First", email, password: PASSWORD, organizationName: "First Org" });
    const orgsBefore = await db().organization.count();
    const error = await signUp({ name: "Second", email: email.toUpperCase(), password: PASSWORD, organizationName: "Second Org" }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.fieldErrors.email[0]).toMatch(/already exists/);
    expect(await db().organization.count()).toBe(orgsBefore);
  });

  it("rejects a weak password before touching the database", async () => {
    const orgsBefore = await db().organization.count();
    await expect(signUp({ name: "W", email: uniqueEmail(), password: "short", organizationName: "Weak Org" })).rejects.toThrow(/at least 12/);
    await expect(signUp({ name: "W", email: uniqueEmail(), password: "password1234", organizationName: "Weak Org" })).rejects.toThrow(/too common/);
    expect(await db().organization.count()).toBe(orgsBefore);
  });
});
