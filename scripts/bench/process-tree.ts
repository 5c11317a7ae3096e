// The server as the benchmark measures it: the process it started and every process below it (the workers of
// ACTLAS_INSTANCES, anything next forks), read from /proc.
import fs from "node:fs";

/** The pid and its live descendants. */
export function processTree(pid: number): number[] {
  const out = [pid];
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out; // process gone
  }
  // `children` lists the children forked by that one thread, so every thread's list is read, not only the main one's.
  for (const task of tasks) {
    try {
      for (const child of fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) out.push(...processTree(Number(child)));
    } catch {
      // thread or process gone
    }
  }
  return out;
}
