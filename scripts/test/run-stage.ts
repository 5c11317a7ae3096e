import { spawn, spawnSync } from "node:child_process";
import readline from "node:readline";

export type Command = [program: string, ...args: string[]];
export type Finished = { code: number; timedOut: boolean; seconds: number };

const GRACE_MS = 15_000;
const running = new Set<number>();
// The stages are detached from the terminal, so an interrupted run stops them itself.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    for (const pid of running) signalGroup(pid, "SIGKILL");
    process.exit(130);
  });

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // No process of the group is left.
  }
}

// What a stage left running, named in the log so the leak can be found and mended.
function leftovers(pgid: number): string[] {
  const ps = spawnSync("ps", ["-eo", "pgid=,pid=,args="], { encoding: "utf8" });
  return (ps.stdout ?? "")
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([group]) => Number(group) === pgid)
    .map(([, pid, ...args]) => `${pid} ${args.join(" ").slice(0, 160)}`);
}

/**
 * Runs one stage in a process group of its own and waits at most `limitMs` for it.
 *
 * A stage whose time is up is stopped (SIGTERM, then SIGKILL) and reported as such, so a hung test still ends the run
 * with its summary instead of running into CI's own limit with nothing said. Whatever the stage left behind (a
 * database server, an app instance) is stopped when it ends: a process still holding the output open would keep
 * `.ci/run`'s pipe from closing.
 */
export function runStage(
  command: Command,
  { env, limitMs, tag }: { env?: Record<string, string>; limitMs: number; tag?: string },
): Promise<Finished> {
  const started = Date.now();
  const child = spawn(command[0], command.slice(1), {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  if (child.pid) running.add(child.pid);
  // Stages that run side by side say whose line each is.
  const prefix = tag ? `[${tag}] ` : "";
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    readline.createInterface({ input: stream }).on("line", (line) => out.write(`${prefix}${line}\n`));
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    console.log(`\n${prefix}!!! over its limit of ${Math.round(limitMs / 60_000)} min: stopping it`);
    signalGroup(child.pid!, "SIGTERM");
    setTimeout(() => signalGroup(child.pid!, "SIGKILL"), GRACE_MS).unref();
  }, limitMs);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      clearTimeout(timer);
      console.log(`${prefix}could not start ${command[0]}: ${error.message}`);
      resolve({ code: 1, timedOut, seconds: (Date.now() - started) / 1000 });
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      running.delete(child.pid!);
      const left = leftovers(child.pid!);
      if (signalGroup(child.pid!, "SIGKILL") && left.length)
        console.log(`${prefix}stopped what the stage left running:\n${left.map((l) => `${prefix}  ${l}`).join("\n")}`);
      const finished = { code: code ?? (signal ? 1 : 0), timedOut, seconds: (Date.now() - started) / 1000 };
      // The last lines may still be in the pipe: wait for it to close, but not for ever.
      const fallback = setTimeout(() => resolve(finished), 5_000);
      child.on("close", () => {
        clearTimeout(fallback);
        resolve(finished);
      });
    });
  });
}
