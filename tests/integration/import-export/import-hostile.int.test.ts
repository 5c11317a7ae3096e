import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { buildCsv } from "../../../scripts/bench/csv";
import { importRunUrl } from "@/lib/validations/import";
import { addMember, createOrganization, uniqueEmail } from "../../helpers/factories";
import { HEADER } from "./csv-fixtures";
import { startImportServer, withPings } from "./import-route-server";

// Issue #14: one POST to /systems/import/run with a 5 MB header line of commas kept the server's only event loop busy
// for 24 s, so every other request of every organisation waited. The route runs here behind a real HTTP server;
// a concurrent ping must be answered within a second while a hostile or large file is handled.
const session: { actor: UserActor | null } = { actor: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let server: Awaited<ReturnType<typeof startImportServer>>;
let organizationId = "";
beforeAll(async () => {
  const { POST } = await import("@/app/(app)/systems/import/run/route");
  server = await startImportServer(POST);
  const org = await createOrganization("Import hostile");
  organizationId = org.organizationId;
  session.actor = org.admin;
});
afterAll(async () => server?.close());

async function postImport(
  csv: string,
  dryRun = true,
): Promise<{ status: number; lines: Record<string, unknown>[]; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}${importRunUrl({ dryRun })}`, {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: csv,
  });
  const text = await response.text();
  const lines = text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: response.status, lines, ms: performance.now() - started };
}

const MB = 1024 * 1024;
const PING_BUDGET_MS = 1_000;
// Rows are parsed and checked in parts of at most 100 rows with a turn of the event loop between them (~10 ms each
// on a quiet machine); the one-piece parse and check this replaced held the loop for 1.4-1.8 s per 10,000 rows.
// The bound is the brief's one second, as several test runs share this 2-core machine.

describe("hostile import files", () => {
  it.each([
    ["a 5 MB header line of commas", () => ",".repeat(5 * MB) + "\r\nx\r\n", /header row.*longer than/i],
    [
      "a header of 200,000 columns",
      () => Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(",") + "\r\n1\r\n",
      /header row.*longer than|more than \d+ columns/i,
    ],
    [
      "a row of 2,000,000 columns",
      () => `${HEADER.join(",")}\r\n${",".repeat(2 * MB)}\r\n`,
      /row 2.*more than \d+ columns/i,
    ],
    ["a 9 MB quoted field", () => `${HEADER.join(",")}\r\n"${"a".repeat(9 * MB)}",x\r\n`, /row 2.*longer than/i],
  ])(
    "%s is refused at once with a clear 400-style error, and other requests keep being answered",
    async (_, build, message) => {
      const csv = build();
      const { result, worstPingMs, pings } = await withPings(server.url, () => postImport(csv));
      console.log(
        `${_}: answered ${result.status} in ${Math.round(result.ms)} ms; slowest of ${pings} pings ${Math.round(worstPingMs)} ms`,
      );
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.status).toBeLessThan(500);
      expect(String(result.lines[0]?.error)).toMatch(message);
      expect(result.ms).toBeLessThan(3_000);
      expect(worstPingMs).toBeLessThan(PING_BUDGET_MS);
    },
    120_000,
  );

  // 13,000 of the bench's rows are 9.3 MB, just under the size limit.
  it("a dry run of a file just under the size limit never holds other requests up", async () => {
    const csv = buildCsv(13_000, "nobody@import.example");
    const { result, worstPingMs, pings } = await withPings(server.url, () => postImport(csv));
    console.log(
      `13,000-row dry run answered in ${Math.round(result.ms)} ms; slowest of ${pings} pings ${Math.round(worstPingMs)} ms`,
    );
    const report = result.lines.find((l) => l.type === "report")?.report as { total: number } | undefined;
    expect(report?.total).toBe(13_000);
    expect(worstPingMs).toBeLessThan(PING_BUDGET_MS);
  }, 180_000);

  // The commit writes in batches as rows are read; classification and audit hashing run per batch, not for all at once.
  it("committing 10,000 rows with classification never holds other requests up", async () => {
    const ownerEmail = uniqueEmail("hostile-owner");
    await addMember(organizationId, "COMPLIANCE_OFFICER", ownerEmail);
    const csv = buildCsv(10_000, ownerEmail);
    const { result, worstPingMs, pings } = await withPings(server.url, () => postImport(csv, false));
    console.log(
      `10,000-row commit answered in ${Math.round(result.ms)} ms; slowest of ${pings} pings ${Math.round(worstPingMs)} ms`,
    );
    const report = result.lines.find((l) => l.type === "report")?.report as
      { created: number; classified: number } | undefined;
    expect(report?.created).toBe(10_000);
    expect(report?.classified).toBeGreaterThan(1_000);
    expect(worstPingMs).toBeLessThan(PING_BUDGET_MS);
  }, 180_000);
});
