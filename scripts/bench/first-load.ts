// First-load JavaScript of a page as a browser gets it: every script the HTML references, gzipped and summed. Next 16
// no longer prints per-route sizes in the build output, so this measures the built page itself.
import { gzipSync } from "node:zlib";

export async function firstLoadJsKb(baseUrl: string, path: string, cookie: string): Promise<{ kb: number; scripts: number }> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { kb: Math.round((bytes / 1024) * 10) / 10, scripts: sources.length };
}
