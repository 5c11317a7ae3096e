import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../../lib/db/embedded-postgres";
import { query, testDataDir } from "./helpers";

const dataDir = testDataDir("recovery");
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts the server in a child process; resolves once it serves, with its URL. */
function startInChild(...flags: string[]): Promise<{ child: ChildProcess; url: string }> {
  const fixture = path.join("tests", "integration", "db", "fixtures", "start-and-wait.ts");
  const child = spawn(process.execPath, ["--import", "tsx", fixture, dataDir, ...flags], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => void child.kill("SIGKILL"));
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /READY (\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`child exited (${code}) before ready:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once("exit", () => r()));
}

async function start(options: { port?: number } = {}): Promise<EmbeddedPostgresHandle> {
  const server = await startEmbeddedPostgres({ dataDir, port: 0, ...options });
  cleanups.push(() => server.stop());
  return server;
}

function serverPid(): number {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

describe("startEmbeddedPostgres", () => {
  it("recovers from a server left running by a SIGKILLed parent", async () => {
    const { child, url } = await startInChild();
    const leftover = serverPid();
    child.kill("SIGKILL");
    await exited(child);
    // The orphan still serves: this is the state a crashed dev server leaves behind.
    expect(await query(url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);

    const server = await start();
    expect(server.owned).toBe(true);
    expect(serverPid()).not.toBe(leftover);
    expect(await query(server.url, "SELECT current_database() AS db")).toEqual([{ db: "actlas" }]);
    await server.stop();
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  });

  it("removes a stale pid file whose process is gone", async () => {
    const first = await start();
    await first.stop();
    // A pid that cannot be alive: the kernel's pid_max is far below it.
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), "99999999\n");
    const second = await start();
    expect(await query(second.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("shares a server that a live process owns instead of killing it", async () => {
    const { child, url } = await startInChild();
    const shared = await start();
    expect(shared.owned).toBe(false);
    expect(shared.url).toBe(url);
    await shared.stop();
    expect(await query(url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]); // still up for its owner
    child.kill("SIGTERM"); // embedded-postgres stops its server on the way out
    await exited(child);
    await expect(query(url, "SELECT 1")).rejects.toThrow();
  });

  it("stopOnExit shuts the server down cleanly on SIGINT", async () => {
    const { child, url } = await startInChild("--stop-on-exit");
    const pid = serverPid();
    child.kill("SIGINT");
    await exited(child);
    expect(child.exitCode ?? child.signalCode).toBe(130);
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false); // removed by a clean shutdown
    expect(() => process.kill(pid, 0)).toThrow();
    await expect(query(url, "SELECT 1")).rejects.toThrow();
  });

  it("remembers its port across restarts so URLs stay stable", async () => {
    const first = await start();
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir });
    cleanups.push(() => second.stop());
    expect(second.port).toBe(first.port);
  });

  it("two servers that want the same port at once both start: the one that loses the race takes another", async () => {
    const dirs = [testDataDir("race-a"), testDataDir("race-b")];
    for (const dir of dirs) {
      fs.rmSync(dir, { recursive: true, force: true });
      await (await startEmbeddedPostgres({ dataDir: dir, port: 0 })).stop();
    }
    // Both remember the same free port, so each finds it free before either binds it.
    const wanted = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    for (const dir of dirs) fs.writeFileSync(path.join(dir, "actlas-state.json"), JSON.stringify({ port: wanted }));
    // The second looks a moment later: after the first's look at the port, before its postgres has bound it.
    const servers = await Promise.all(
      dirs.map(async (dir, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 40));
        return startEmbeddedPostgres({ dataDir: dir });
      }),
    );
    for (const server of servers) cleanups.push(() => server.stop());
    expect(new Set(servers.map((server) => server.port)).size).toBe(2);
    expect(servers.map((server) => server.port)).toContain(wanted);
    for (const server of servers) expect(await query(server.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it.runIf(process.getuid?.() === 0)("explains when the postgres user cannot reach the data folder", async () => {
    const locked = fs.mkdtempSync(path.join(os.tmpdir(), "actlas-locked-")); // mkdtemp makes it 0700
    cleanups.push(() => fs.rmSync(locked, { recursive: true, force: true }));
    await expect(startEmbeddedPostgres({ dataDir: path.join(locked, "pg"), port: 0 })).rejects.toThrow(
      /cannot enter .*actlas-locked-.*chmod o\+x/s,
    );
  });
});
