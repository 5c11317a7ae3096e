import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isAppError } from "@/lib/errors";
import { one } from "../../helpers/expect-defined";
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
    return {
      ok: false,
      code: "INTERNAL",
      message: error instanceof Error ? (error.message.trim().split("\n").at(-1) ?? "") : String(error),
    };
  }
}

// How many people edit one record at once in the lost-update races.
export const RACERS = 8;

// One contested record and how a user edits it (an action, an API call), for the lost-update races.
export type Scenario = { entryPoint: string; setup: () => Promise<Target> };

// RACERS editors, and editor(i) that fails naming the index if a race asks for one that does not exist.
export async function editorsOf(organizationId: string) {
  const editors = await namedEditors(organizationId, RACERS);
  return { editors, editor: (i: number) => one(editors, i, "editor") };
}

// N administrators with distinct names, so a conflict message can be checked for naming the winner.
export async function namedEditors(
  organizationId: string,
  count: number,
): Promise<{ actor: UserActor; name: string }[]> {
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
export async function raceOnTable(
  table: string,
  count: number,
  edit: (i: number) => Promise<EditOutcome>,
  timeoutMs = 15_000,
): Promise<Race> {
  return behindLock(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`, [], async (gate) => {
    const settled = Promise.allSettled(Array.from({ length: count }, (_, i) => edit(i)));
    return { settled, overlapped: await waitForWaiters(gate, count, timeoutMs) };
  });
}

// Edits that queue on one row in a known order: each is fired only once the previous one waits on the row lock,
// and Postgres hands a row lock to its waiters first come, first served. For races whose bad order is rare.
export async function inOrderOnRow(
  table: string,
  id: string,
  edits: (() => Promise<EditOutcome>)[],
  timeoutMs = 15_000,
): Promise<Race> {
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

async function behindLock(
  lockSql: string,
  params: unknown[],
  start: (gate: pg.Client) => Promise<Started>,
): Promise<Race> {
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
    // The gate holds its transaction open, and inside one pg_stat_activity keeps the backends of its first look:
    // connections the pool opens later would never be counted without a fresh look.
    await gate.query("SELECT pg_stat_clear_snapshot()");
    waiting = one((await gate.query<{ n: number }>(WAITING_ON_LOCKS)).rows, 0, "count of lock waiters").n;
    if (waiting >= count) return waiting;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return waiting;
}

// One contested record: every editor loaded `versionBefore`, and editor i sends value i.
export type Target = {
  editors: { actor: UserActor; name: string }[];
  versionBefore: number;
  edit: (i: number) => Promise<EditOutcome>;
  // The stored version and the edited value as the user would read it back.
  read: () => Promise<{ version: number; value: unknown }>;
  expected: (i: number) => unknown;
  audit: Prisma.AuditEventWhereInput;
  // How a loser is told; by default the edit form's "Changed by <name> at <time> … Your input is still here."
  conflict?: (winner: string) => RegExp;
};

// A message pattern with WINNER standing for the winner's name, taken literally.
export function conflictNaming(
  winner: string,
  pattern = /^Changed by WINNER at .*Your input is still here\.$/,
): RegExp {
  return new RegExp(pattern.source.replaceAll("WINNER", winner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

// Exactly one edit wins; every other one is told who won; the row holds the winner's value (not a mix, not a
// loser's), one version further; and the change is audited once.
export async function expectNoLostUpdate(label: string, target: Target, race: Race, auditBefore: number) {
  expect(race.overlapped, `${label}: edits in flight at once`).toBeGreaterThanOrEqual(target.editors.length);
  const winners = race.outcomes.flatMap((o, i) => (o.ok ? [i] : []));
  expect(winners, `${label}: ${JSON.stringify(race.outcomes)}`).toHaveLength(1);
  const winner = one(winners, 0, "winning edit");
  const message = (target.conflict ?? conflictNaming)(one(target.editors, winner, "winning editor").name);
  for (const outcome of race.outcomes.filter((o) => !o.ok))
    expect(outcome, label).toEqual({ ok: false, code: "CONFLICT", message: expect.stringMatching(message) });
  expect(await target.read(), label).toEqual({ version: target.versionBefore + 1, value: target.expected(winner) });
  expect(await db().auditEvent.count({ where: target.audit }), `${label}: audit events`).toBe(auditBefore + 1);
}

type ApiResult = { status: number; headers: Headers; body: { detail?: string } | null };

// A REST answer as an edit outcome: 409 problem+json is the conflict a client can act on; anything else is shown.
export async function apiOutcome(response: Promise<ApiResult>): Promise<EditOutcome> {
  const res = await response;
  if (res.status === 200) return { ok: true };
  const problem = res.headers.get("content-type") === "application/problem+json";
  return {
    ok: false,
    code: res.status === 409 && problem ? "CONFLICT" : `HTTP ${res.status}`,
    message: res.body?.detail ?? "",
  };
}
