import cluster from "node:cluster";

// The primary of ACTLAS_INSTANCES > 1: starts the instances, starts a new one when one ends unexpectedly, and on
// SIGTERM/SIGINT passes SIGTERM to each (each drains: scripts/start/serve.mjs) and exits once all have, with the
// worst exit code. An instance that keeps ending right after it starts (a missing build, a bad setting) is not
// restarted forever: after CRASH_LIMIT ends within CRASH_WINDOW_MS the primary gives up.
const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;

export function superviseInstances(count) {
  const live = new Set();
  const recentEnds = [];
  let stopping = false;
  let worstCode = 0;

  const stopAll = () => {
    stopping = true;
    for (const worker of live) worker.process.kill("SIGTERM");
  };
  const start = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on("exit", (code, signal) => {
      live.delete(worker);
      if (stopping) {
        // Ended by the SIGTERM itself: it was still loading, before it listens and handles the signal, so it had
        // served nothing. A serving instance drains and exits with its own code.
        worstCode = Math.max(worstCode, signal === "SIGTERM" ? 0 : (code ?? 1));
        if (live.size === 0) process.exit(worstCode);
        return;
      }
      const now = Date.now();
      recentEnds.push(now);
      while (recentEnds.length && recentEnds[0] < now - CRASH_WINDOW_MS) recentEnds.shift();
      if (recentEnds.length >= CRASH_LIMIT) {
        console.error(`[actlas] ${CRASH_LIMIT} instances ended within a minute: stopping`);
        stopAll();
        if (live.size === 0) process.exit(1);
        return;
      }
      console.error(`[actlas] instance ${worker.process.pid} ended (${signal ?? `exit ${code}`}): starting another`);
      start();
    });
  };

  console.log(`[actlas] starting ${count} instances on one port (ACTLAS_INSTANCES)`);
  for (let i = 0; i < count; i++) start();
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, stopAll);
}
