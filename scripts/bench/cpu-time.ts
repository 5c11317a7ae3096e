// CPU time a process has used (user + system, ms) from /proc: CPU per request is the figure that decides throughput
// on a loaded or small machine, where wall-clock latency mostly measures the queue.
import fs from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function cpuMs(pid: number): number {
  try {
    // Fields after "pid (comm) "; a missing one reads as NaN, like an unreadable file.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}
