// Serves the production build as `next start` does, and stamps every request with the address of its TCP peer in
// x-actlas-peer-address (lib/net/client-address.ts), replacing any value the client sent. Next offers route
// handlers no socket address: it fills X-Forwarded-For with it only when the client sent none, so a client could
// otherwise pick the address that sign-in limits count against. Plain JavaScript: it runs under node, not tsx.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { guardRequest } from "./request-guard.mjs";

// Graceful shutdown: stop accepting connections, let in-flight requests finish (idle keep-alive connections are
// closed as they go idle), then let the app stop its job workers and database pool (lib/ops/shutdown.ts, reached
// through globalThis because the app's modules load inside next). A process that cannot drain within the grace
// period exits non-zero rather than hang; orchestrators usually kill at 30 s.
const GRACE_MS = Number(process.env.ACTLAS_SHUTDOWN_GRACE_MS || 25_000);
let stopping = false;
let server;
async function finishAndExit() {
  try {
    await globalThis.actlasShutdown?.finish();
    process.exit(0);
  } catch (err) {
    console.error("[actlas] shutdown failed", err);
    process.exit(1);
  }
}
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  // Asked to stop while still starting: nothing has been served, so nothing to drain.
  if (!server) return void finishAndExit();
  console.log(`[actlas] ${signal}: finishing in-flight requests (at most ${GRACE_MS / 1000} s)`);
  // The deadline and the closing come first: the app's own step below may throw (its settings unreadable, say), and
  // a throw here would otherwise leave a process that ignores every further signal.
  setTimeout(() => {
    console.error("[actlas] shutdown grace period over: exiting with work still open");
    process.exit(1);
  }, GRACE_MS).unref();
  const idle = setInterval(() => server.closeIdleConnections(), 200);
  server.close(() => {
    clearInterval(idle);
    void finishAndExit();
  });
  try {
    globalThis.actlasShutdown?.begin();
  } catch (err) {
    console.error("[actlas] shutdown failed to stop taking work", err);
  }
}
// Before the app starts, so a stop that comes while it does (a deploy rolled back, an instance replaced) is orderly.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => shutdown(signal));

const PEER_ADDRESS_HEADER = "x-actlas-peer-address";
const port = Number(process.env.PORT || 3000);
// The configuration the build resolved, handed to Next the way the server.js of its own standalone output does
// (node_modules/next/dist/build/utils.js): otherwise Next compiles next.config.ts again at every start, and the
// next-intl plugin that it loads maps SWC and a file watcher (about 30 MB of native code) into a process that never
// compiles or watches anything. The folder is next.config.ts's distDir.
const builtConfig = path.join(process.env.NEXT_DIST_DIR || ".next", "required-server-files.json");
if (!fs.existsSync(builtConfig))
  throw new Error(`no production build: ${builtConfig} is missing (run next build first)`);
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(fs.readFileSync(builtConfig, "utf8")).config);
const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

if (!stopping) {
  server = http.createServer((req, res) => {
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    if (!guardRequest(req, res)) handle(req, res);
  });
  // The same listen as `next start -p`: every interface, so both localhost and 127.0.0.1 reach it.
  server.listen(port, () => console.log(`[actlas] Ready on http://localhost:${port}`));
}
