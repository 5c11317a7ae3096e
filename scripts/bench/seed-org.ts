// The benchmark organisation and its people: one administrator the load generator signs in as (sees everything),
// and a spread of members who own systems and obligations.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { hashPassword } from "../../lib/crypto/password";
import { FIRST_NAMES, LAST_NAMES } from "./seed-words";

export type BenchOrg = { organizationId: string; adminId: string; email: string; password: string; ownerIds: string[] };

const ROLES = ["COMPLIANCE_OFFICER", "COMPLIANCE_OFFICER", "LEGAL", "MANAGER", "AUDITOR"];

export async function seedOrganization(client: pg.ClientBase, members = 25): Promise<BenchOrg> {
  const tag = randomBytes(4).toString("hex");
  const organizationId = `borg${tag}`;
  const password = `bench-${randomBytes(9).toString("base64url")}`;
  const email = `bench-admin-${tag}@bench.example`;
  const adminId = `busr${tag}admin`;
  await client.query(`INSERT INTO "Organization" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [organizationId, "Benchmark Bank & Insurance", `bench-${tag}`]);
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [adminId, email, "Bench Administrator", await hashPassword(password)]);
  await client.query(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ($1, $2, $3, 'ADMIN')`, [`bmem${tag}admin`, adminId, organizationId]);
  const ownerIds: string[] = [adminId];
  for (let i = 0; i < members; i++) {
    const id = `busr${tag}${String(i).padStart(3, "0")}`;
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    await client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [id, `member-${i}-${tag}@bench.example`, name]);
    await client.query(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ($1, $2, $3, $4::"Role")`, [`bmem${tag}${i}`, id, organizationId, ROLES[i % ROLES.length]]);
    ownerIds.push(id);
  }
  return { organizationId, adminId, email, password, ownerIds };
}
