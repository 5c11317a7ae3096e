import "server-only";
import type { Member } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/client";
import type { TOrganizationExport } from "@/lib/validations/import-organization";
import { insertInvitation } from "@/lib/dal/accounts/invitations";

// How the file's people map onto this server. An import never creates accounts and never adds anyone to the
// organisation: only people who are ALREADY members of the importing organisation (matched by e-mail) are linked;
// everyone else becomes a name on the rows that mention them.
export type People = {
  linked: Map<string, string>; // file person id → user id of a member of the importing organisation
  names: Map<string, string>; // file person id → their name, for people who are not members here
};

export async function mapPeople(tx: Tx, organizationId: string, doc: TOrganizationExport): Promise<People> {
  const emails = [...new Set(doc.people.map((p) => p.email.toLowerCase()))];
  const members = await tx.membership.findMany({
    where: { organizationId, user: { email: { in: emails } } },
    select: { userId: true, user: { select: { email: true } } },
  });
  const byEmail = new Map(members.map((m) => [m.user.email.toLowerCase(), m.userId]));
  const linked = new Map<string, string>();
  const names = new Map<string, string>();
  for (const person of doc.people) {
    const userId = byEmail.get(person.email.toLowerCase());
    if (userId) linked.set(person.id, userId);
    else names.set(person.id, person.name);
  }
  return { linked, names };
}

export type ImportInvitation = { email: string; role: string; path: string };

// The file's members are invited with their old role, exactly as an administrator would invite them (same row,
// same expiry, same audit event); each person decides whether to join. Current members are left as they are.
export async function inviteMembers(tx: Tx, member: Member, doc: TOrganizationExport): Promise<ImportInvitation[]> {
  const existing = await tx.membership.findMany({
    where: { organizationId: member.organizationId },
    select: { user: { select: { email: true } } },
  });
  const skip = new Set(existing.map((m) => m.user.email.toLowerCase()));
  const invitations: ImportInvitation[] = [];
  for (const m of doc.members) {
    const email = m.email.toLowerCase();
    if (skip.has(email)) continue;
    skip.add(email);
    const { token, role } = await insertInvitation(tx, member, { email, role: m.role });
    invitations.push({ email, role, path: `/invite/${token}` });
  }
  return invitations;
}
