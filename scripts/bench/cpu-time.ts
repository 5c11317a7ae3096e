// CPU time a server has used (user + system, ms) from /proc: CPU per request is the figure that decides throughput
// on a loaded or small machine, where wall-clock latency mostly measures the queue.
import fs from "node:fs";
import { processTree } from "./process-tree";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * The CPU of the process and of every process below it: with ACTLAS_INSTANCES the primary only supervises and the
 * workers serve. Each process adds its own time and that of the children it has already reaped (a worker that
 * ended and was replaced), which its live descendants' own figures do not include, so nothing counts twice.
 */
export function cpuMs(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    const fields = statFields(p);
    // A process that exited between listing and reading has left its time to its parent's reaped-children figures.
    if (!fields) {
      if (p === pid) return NaN;
      continue;
    }
    total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * TICK_MS;
  }
  return total;
}

// Fields after "pid (comm) ": [11] utime, [12] stime, [13] cutime, [14] cstime (proc(5) numbers them 14–17).
function statFields(pid: number, file = `/proc/${pid}/stat`): string[] | null {
  try {
    // The name in parentheses may itself hold ") ", so the fields start after the last one.
    const stat = fs.readFileSync(file, "utf8");
    return stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * The CPU of one process's main thread alone (the JavaScript: rendering, the ORM, the collector's pauses). The rest
 * of cpuMs is V8's helper threads (concurrent marking, parallel scavenges, background compiles) and libuv's pool:
 * how often the collector marks the heap shows there, not on the main thread.
 */
export function mainThreadCpuMs(pid: number): number {
  // /proc/PID/stat sums every thread of the process; the main thread's own figures are under task/, by its own id.
  const fields = statFields(pid, `/proc/${pid}/task/${pid}/stat`);
  return fields ? (Number(fields[11]) + Number(fields[12])) * TICK_MS : NaN;
}
