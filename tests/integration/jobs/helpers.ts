import { db } from "@/lib/db/client";

const DAY = 24 * 60 * 60 * 1000;

// An open obligation owned by `ownerId`, due `inDays` from now (negative = overdue).
export async function createObligation(
  organizationId: string,
  systemId: string,
  ownerId: string | null,
  inDays: number,
  title = "Risk management system",
) {
  const due = new Date(Date.now() + inDays * DAY);
  return db().obligation.create({
    data: {
      organizationId,
      systemId,
      ownerId,
      title,
      code: `test.${Math.random().toString(36).slice(2)}`,
      role: "provider",
      article: "Art 9",
      appliesFrom: new Date("2027-12-02"),
      dueDate: new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate())),
    },
  });
}

export async function emailOf(userId: string): Promise<string> {
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;
}

export async function notificationsOf(userId: string) {
  return db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error("Timed out waiting");
    await new Promise((r) => setTimeout(r, 250));
  }
}
