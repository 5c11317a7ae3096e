// CPU time (user + system, ms) of the scratch Postgres cluster, from /proc: the postmaster, every live backend, and
// the children each has already reaped (a parallel worker that ended), so a query's own work can be told apart from
// the machine's load. NaN when the cluster is not ours to read (BENCH_DATABASE_URL, or no /proc).
import fs from "node:fs";
import path from "node:path";

const TICK_MS = 10; // USER_HZ is 100 on Linux

function ownAndReaped(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after "pid (comm) ": [11] utime, [12] stime, [13] cutime, [14] cstime.
  const f = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS;
}

export function postgresCpuMs(dataDir: string): number {
  try {
    const postmaster = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const children = fs.readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, "utf8").trim().split(/\s+/);
    let total = ownAndReaped(postmaster);
    for (const child of children.filter(Boolean)) {
      try {
        total += ownAndReaped(Number(child));
      } catch {
        // Exited between the listing and the read: its time is now in the postmaster's reaped figure.
      }
    }
    return total;
  } catch {
    return NaN;
  }
}
