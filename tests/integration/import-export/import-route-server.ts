import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { NextRequest } from "next/server";

type Handler = (request: NextRequest) => Promise<Response>;

// The import route's own handler behind a real HTTP server in this process, next to a trivial /ping route standing in
// for /api/auth/csrf: both share one event loop, as they do under `next start`, so a ping's time shows how long the
// import kept every other request of the server waiting.
export async function startImportServer(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.url === "/ping") return void res.end("pong");
    const url = `http://${req.headers.host}${req.url}`;
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new NextRequest(url, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    void handler(request).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        if (response.body)
          for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
        res.end();
      },
      (error: unknown) => {
        res.writeHead(500).end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Runs `work` while pinging the server back to back; returns the work's result and the slowest ping.
export async function withPings<T>(
  baseUrl: string,
  work: () => Promise<T>,
): Promise<{ result: T; worstPingMs: number; pings: number }> {
  let finished = false;
  let worstPingMs = 0;
  let pings = 0;
  const pinger = (async () => {
    while (!finished) {
      const started = performance.now();
      await (await fetch(`${baseUrl}/ping`)).text();
      worstPingMs = Math.max(worstPingMs, performance.now() - started);
      pings += 1;
      await sleep(10);
    }
  })();
  try {
    const result = await work();
    finished = true;
    // The ping in flight when the work ended counts too: it may be the one the work held up.
    await pinger;
    return { result, worstPingMs, pings };
  } finally {
    finished = true;
    await pinger;
  }
}
