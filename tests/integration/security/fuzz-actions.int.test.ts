import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { actionSchemaOf, type ActionResult } from "@/lib/action";
import { defined } from "../../helpers/expect-defined";
import { hostileValue, zodArbitrary } from "../../helpers/zod-arbitrary";
import { createOrganization, createSystem } from "../../helpers/factories";
import { discoverActions, LEAK_PATTERN, rowCounts } from "./fuzz-helpers";

const session: { actor: UserActor | null } = { actor: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor, requireActor: async () => session.actor }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
}));

const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS || 40);
const brief = (value: unknown) => JSON.stringify(value)?.slice(0, 300);
const actions = discoverActions();
type AnyAction = (input: unknown) => Promise<ActionResult<unknown>>;

// Plain values of the wrong type; each action's schema refuses at least one of them.
const KNOWN_INVALID: unknown[] = [42, "not an object", null, [], {}];

const isRedirect = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === "string" &&
  (error as { digest: string }).digest.startsWith("NEXT_");

describe("server actions under hostile input", () => {
  let other: { organizationId: string };
  let otherCountsBefore: number;

  beforeAll(async () => {
    const mine = await createOrganization("Fuzz");
    await createSystem(mine.organizationId, "Fuzz target");
    session.actor = mine.admin;
    other = await createOrganization("Bystander");
    await createSystem(other.organizationId, "Bystander system");
    otherCountsBefore = await (
      await import("@/lib/db/client")
    )
      .db()
      .auditEvent.count({ where: { organizationId: other.organizationId } });
  });

  it("finds every action in the code and each one exposes its schema", async () => {
    expect(actions.length).toBeGreaterThanOrEqual(30);
    const missing: string[] = [];
    for (const { file, name } of actions) {
      const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, AnyAction>;
      if (!mod[name] || !actionSchemaOf(mod[name])) missing.push(`${file}#${name}`);
    }
    expect(missing, "actions the fuzzer cannot reach").toEqual([]);
  });

  it.each(actions.map((a) => [`${a.file}#${a.name}`, a] as const))(
    "%s: never throws, never leaks, rejected input changes nothing",
    async (_label, { file, name }) => {
      const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, AnyAction>;
      const action = defined(mod[name], `${name} exported from ${file}`);
      const schema = actionSchemaOf(action)!;
      const tally = { valid: 0, invalid: 0, accepted: 0, refused: 0, redirected: 0 };
      const outcome = await fc.check(
        fc.asyncProperty(
          fc.oneof({ weight: 9, arbitrary: zodArbitrary(schema) }, { weight: 1, arbitrary: hostileValue }),
          async (input) => {
            const passesSchema = schema.safeParse(input).success;
            tally[passesSchema ? "valid" : "invalid"] += 1;
            const before = passesSchema ? await rowCounts() : null;
            let result: ActionResult<unknown>;
            try {
              result = await action(input);
            } catch (error) {
              if (isRedirect(error)) return void (tally.redirected += 1);
              throw error;
            }
            expect(
              result.ok === true ||
                (result.ok === false && typeof result.error === "string" && result.error.length > 0),
            ).toBe(true);
            if (result.ok) {
              tally.accepted += 1;
              return;
            }
            tally.refused += 1;
            // Input the schema refuses never reaches the handler: the wrapper answers with a validation error.
            if (!passesSchema)
              expect(result.code, `schema-invalid input answered with ${result.code}`).toBe("VALIDATION");
            expect(result.code, result.error).not.toBe("INTERNAL");
            expect(result.error).not.toMatch(LEAK_PATTERN);
            for (const messages of Object.values(result.fieldErrors ?? {}))
              for (const m of messages) expect(m).not.toMatch(LEAK_PATTERN);
            if (before) expect(await rowCounts(), "a rejected input changed rows").toEqual(before);
          },
        ),
        { numRuns: RUNS_PER_ACTION, endOnFailure: true },
      );
      if (outcome.failed)
        throw new Error(`${String(outcome.errorInstance).slice(0, 600)}\n  for input ${brief(outcome.counterexample)}`);
      // Every generated input ran and was answered one way or the other.
      expect(tally.valid + tally.invalid).toBe(RUNS_PER_ACTION);
      expect(tally.accepted + tally.refused + tally.redirected).toBe(RUNS_PER_ACTION);

      // And, whatever the random draw, one known-invalid input is refused with a validation error and changes nothing.
      const invalid = KNOWN_INVALID.find((value) => !schema.safeParse(value).success);
      expect(invalid, "an input this action's schema refuses").not.toBeUndefined();
      const before = await rowCounts();
      const refusal = await action(invalid);
      expect(refusal).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(await rowCounts()).toEqual(before);
    },
    120_000,
  );

  afterAll(async () => {
    // Nothing polluted Object.prototype, and the bystander organisation saw no change at all.
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const { db } = await import("@/lib/db/client");
    expect(await db().auditEvent.count({ where: { organizationId: other.organizationId } })).toBe(otherCountsBefore);
    console.log(
      `fuzz: ${actions.length} server actions × ${RUNS_PER_ACTION} inputs = ${actions.length * RUNS_PER_ACTION} calls`,
    );
  });
});
