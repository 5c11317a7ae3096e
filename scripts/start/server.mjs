// Serves the production build as `next start` does, and stamps every request with the address of its TCP peer in
// x-actlas-peer-address (lib/net/client-address.ts), replacing any value the client sent. Next offers route
// handlers no socket address: it fills X-Forwarded-For with it only when the client sent none, so a client could
// otherwise pick the address that sign-in limits count against. Plain JavaScript: it runs under node, not tsx.
import http from "node:http";
import next from "next";

const PEER_ADDRESS_HEADER = "x-actlas-peer-address";
const port = Number(process.env.PORT || 3000);
const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res);
});
// The same listen as `next start -p`: every interface, so both localhost and 127.0.0.1 reach it.
server.listen(port, () => console.log(`[actlas] Ready on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => process.exit(0));
}
