import { spawn } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrganization } from "../../helpers/factories";

const CHILD = path.join(import.meta.dirname, "kill-child.ts");

// Issue #7: an import killed mid-way leaves nothing behind. The child writes its first batches inside the one
// transaction; node runs it directly (no npx or tsx wrapper process) so the SIGKILL hits the importer itself and drops its connection and Postgres rolls the transaction back.
it("an import killed with SIGKILL part-way leaves no row of it", async () => {
  const { organizationId, admin } = await createOrganization("Killed import");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", CHILD, organizationId, admin.userId, "10000"],
    {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const killedAt = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      // Wait for proof that rows were written inside the open transaction, then kill before the commit.
      const match = /progress (\d+)\/10000/g;
      const written = [...output.matchAll(match)]
        .map((m) => Number(m[1]))
        .find((done) => done >= 2_000 && done < 10_000);
      if (written !== undefined) {
        child.kill("SIGKILL");
        resolve(String(written));
      }
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("exit", () => reject(new Error(`child exited before it could be killed:\n${output}\n${errors}`)));
  });
  await new Promise((resolve) => child.once("exit", resolve));
  expect(Number(killedAt)).toBeGreaterThan(0);
  expect(output).not.toContain("committed");
  expect(await db().aiSystem.count({ where: { organizationId } })).toBe(0);
  expect(await db().auditEvent.count({ where: { organizationId } })).toBe(0);
  expect(await db().dataset.count({ where: { organizationId } })).toBe(0);
}, 120_000);
