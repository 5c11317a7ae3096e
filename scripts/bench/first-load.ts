// First-load JavaScript of a page as a browser gets it: every script the HTML references, gzipped and summed. Next 16
// no longer prints per-route sizes in the build output, so this measures the built page itself.
import { gzipSync } from "node:zlib";

// kb counts every script, including the noModule polyfills that browsers with ES modules (all current ones) never
// download; modernKb is what such a browser loads.
export async function firstLoadJsKb(baseUrl: string, path: string, cookie: string): Promise<{ kb: number; modernKb: number; scripts: number }> {
  const html = await (await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } })).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"[^>]*>/g)];
  const src = (m: RegExpMatchArray) => m[1] ?? [];
  const sources = [...new Set(tags.flatMap(src))];
  const legacy = new Set(tags.filter((m) => /\snoModule/i.test(m[0])).flatMap(src));
  let bytes = 0, legacyBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    const size = gzipSync(body, { level: 9 }).byteLength;
    bytes += size;
    if (legacy.has(src)) legacyBytes += size;
  }
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return { kb: kb(bytes), modernKb: kb(bytes - legacyBytes), scripts: sources.length };
}
