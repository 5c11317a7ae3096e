import { randomBytes } from "node:crypto";
import pg from "pg";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { addMember } from "../../helpers/factories";

// What one concurrent edit came back with, whatever the entry point (a DAL call or an HTTP handler).
export type EditOutcome = { ok: true } | { ok: false; code: string; message: string };

export async function outcomeOf(edit: Promise<unknown>): Promise<EditOutcome> {
  try {
    await edit;
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
    // What the user would get as "Something went wrong" (a deadlock, a constraint violation): shown in the failure.
    return { ok: false, code: "INTERNAL", message: error instanceof Error ? error.message.trim().split("\n").slice(-1)[0] : String(error) };
  }
}

// N administrators with distinct names, so a conflict message can be checked for naming the winner.
export async function namedEditors(organizationId: string, count: number): Promise<{ actor: UserActor; name: string }[]> {
  const tag = randomBytes(3).toString("hex");
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const actor = await addMember(organizationId, "ADMIN");
      const name = `Editor ${i + 1} ${tag}`;
      await db().user.update({ where: { id: actor.userId }, data: { name } });
      return { actor, name };
    }),
  );
}

const WAITING_ON_LOCKS = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`;

export type Race = { outcomes: EditOutcome[]; overlapped: number };

// A start line for real concurrency: a separate connection locks the edited table exclusively, every edit is fired
// and runs until it touches that table, and only once all N are seen waiting in pg_stat_activity (so N pooled
// connections are in flight at once) is the lock released and they race. Without this, Promise.all alone may run
// the edits one after another on a cold pool and a lost update would go unnoticed.
export async function raceOnTable(table: string, count: number, edit: (i: number) => Promise<EditOutcome>, timeoutMs = 15_000): Promise<Race> {
  return behindLock(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`, [], async (gate) => {
    const settled = Promise.allSettled(Array.from({ length: count }, (_, i) => edit(i)));
    return { settled, overlapped: await waitForWaiters(gate, count, timeoutMs) };
  });
}

// Edits that queue on one row in a known order: each is fired only once the previous one waits on the row lock,
// and Postgres hands a row lock to its waiters first come, first served. For races whose bad order is rare.
export async function inOrderOnRow(table: string, id: string, edits: (() => Promise<EditOutcome>)[], timeoutMs = 15_000): Promise<Race> {
  return behindLock(`SELECT 1 FROM "${table}" WHERE id = $1 FOR UPDATE`, [id], async (gate) => {
    const started: Promise<EditOutcome>[] = [];
    let overlapped = 0;
    for (const edit of edits) {
      started.push(edit());
      overlapped = await waitForWaiters(gate, started.length, timeoutMs);
    }
    return { settled: Promise.allSettled(started), overlapped };
  });
}

type Started = { settled: Promise<PromiseSettledResult<EditOutcome>[]>; overlapped: number };

async function behindLock(lockSql: string, params: unknown[], start: (gate: pg.Client) => Promise<Started>): Promise<Race> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set; the integration setup provides it.");
  const gate = new pg.Client({ connectionString: url });
  await gate.connect();
  try {
    await gate.query("BEGIN");
    await gate.query(lockSql, params);
    const { settled, overlapped } = await start(gate);
    await gate.query("COMMIT");
    const outcomes = (await settled).map((r) => {
      if (r.status === "rejected") throw r.reason;
      return r.value;
    });
    return { outcomes, overlapped };
  } finally {
    await gate.end();
  }
}

async function waitForWaiters(gate: pg.Client, count: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let waiting = 0;
  while (Date.now() < deadline) {
    waiting = (await gate.query<{ n: number }>(WAITING_ON_LOCKS)).rows[0].n;
    if (waiting >= count) return waiting;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return waiting;
}
