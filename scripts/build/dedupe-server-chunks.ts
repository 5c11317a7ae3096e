import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Turbopack emits the same server chunk once per route group that needs it, under a different name each time (the
 * 962 KB chunk with the database client, zod and the metrics registry came out 20 times). Every copy a process
 * loads stays in memory as its own script source, twice its size when it holds any character outside Latin-1: a
 * server with every route loaded kept ~53 MB of identical sources. This points every reference at one copy per
 * content (the sourceMappingURL comment aside, the files are byte-identical) and removes the others, so each
 * chunk is loaded once. Run by next.config.ts after Next compiles, before it collects page data.
 */
export type DedupeResult = { files: number; duplicates: number; bytesRemoved: number };

const SOURCE_MAP_COMMENT = /\/\/# sourceMappingURL=[^\n]*\s*$/;

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Relative to the server folder ("chunks/ssr/x.js") → the one copy that stays, for every duplicate. */
function duplicatesOf(serverDir: string): Map<string, string> {
  const byContent = new Map<string, string[]>();
  for (const file of walk(path.join(serverDir, "chunks"))) {
    if (!file.endsWith(".js")) continue;
    const body = fs.readFileSync(file, "utf8").replace(SOURCE_MAP_COMMENT, "");
    // Same folder only, so a reference's relative path stays right after the name changes.
    const key = `${path.dirname(file)}\0${createHash("sha256").update(body).digest("hex")}`;
    byContent.set(key, [...(byContent.get(key) ?? []), path.relative(serverDir, file)]);
  }
  const replace = new Map<string, string>();
  for (const copies of byContent.values()) {
    const [keep = "", ...rest] = copies.sort().map((rel) => rel.split(path.sep).join("/"));
    for (const copy of rest) replace.set(copy, keep);
  }
  return replace;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function dedupeServerChunks(distDir: string): DedupeResult {
  const serverDir = path.join(distDir, "server");
  const replace = duplicatesOf(serverDir);
  const result: DedupeResult = { files: 0, duplicates: replace.size, bytesRemoved: 0 };
  if (!replace.size) return result;
  // A reference is always a path ending in the chunk's path under server/ ("server/chunks/x.js",
  // "../../chunks/x.js"): preceded by a slash, followed by a character that cannot continue a file name.
  const pattern = new RegExp(`(?<=/)(?:${[...replace.keys()].map(escape).join("|")})(?![\\w.-])`, "g");
  const removed = new Set([...replace.keys()].map((rel) => path.join(serverDir, rel)));
  for (const file of walk(serverDir)) {
    if (removed.has(file) || file.endsWith(".map") || !/\.(js|json)$/.test(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    const next = text.replace(pattern, (rel) => replace.get(rel) ?? rel);
    if (next === text) continue;
    fs.writeFileSync(file, file.endsWith(".nft.json") ? uniqueTraceFiles(next) : next);
    result.files++;
  }
  for (const file of removed) {
    result.bytesRemoved += fs.statSync(file).size;
    fs.rmSync(file);
    fs.rmSync(`${file}.map`, { force: true });
  }
  return result;
}

// A route's trace may now list the kept copy twice.
function uniqueTraceFiles(json: string): string {
  const trace = JSON.parse(json) as { files?: string[] };
  if (Array.isArray(trace.files)) trace.files = [...new Set(trace.files)];
  return JSON.stringify(trace);
}
