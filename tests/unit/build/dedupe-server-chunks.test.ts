import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dedupeServerChunks } from "@/scripts/build/dedupe-server-chunks";

let dist: string;
const write = (rel: string, text: string) => {
  const file = path.join(dist, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const read = (rel: string) => fs.readFileSync(path.join(dist, rel), "utf8");
const exists = (rel: string) => fs.existsSync(path.join(dist, rel));
const chunk = (body: string, name: string) => `${body}\n//# sourceMappingURL=${name}.map`;

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "dedupe-"));
  // Two copies of one chunk (only the source-map comment differs), one chunk that differs, and a copy in ssr/.
  write("server/chunks/_b._.js", chunk('module.exports=[1,e=>{"use strict";e.s(["db",0,"→"])}];', "_b._.js"));
  write("server/chunks/_a._.js", chunk('module.exports=[1,e=>{"use strict";e.s(["db",0,"→"])}];', "_a._.js"));
  write("server/chunks/_a._.js.map", "{}");
  write("server/chunks/_b._.js.map", "{}");
  write("server/chunks/x_a._.js", chunk("module.exports=[2,e=>{}];", "x_a._.js"));
  write("server/chunks/ssr/_c._.js", chunk('module.exports=[1,e=>{"use strict";e.s(["db",0,"→"])}];', "_c._.js"));
  write("server/app/one/route.js", 'R.c("server/chunks/_a._.js")\nR.c("server/chunks/x_a._.js")\n');
  write("server/app/two/route.js", 'R.c("server/chunks/_b._.js")\nR.c("server/chunks/ssr/_c._.js")\n');
  write(
    "server/app/two/route.js.nft.json",
    JSON.stringify({ version: 1, files: ["../../chunks/_b._.js", "../../chunks/_a._.js"] }),
  );
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("dedupeServerChunks", () => {
  it("points every route at one copy of identical chunks and removes the others with their maps", () => {
    const result = dedupeServerChunks(dist);
    expect(result.duplicates).toBe(1);
    expect(read("server/app/two/route.js")).toContain('R.c("server/chunks/_a._.js")');
    expect(exists("server/chunks/_b._.js")).toBe(false);
    expect(exists("server/chunks/_b._.js.map")).toBe(false);
    expect(exists("server/chunks/_a._.js.map")).toBe(true);
    expect(JSON.parse(read("server/app/two/route.js.nft.json")).files).toEqual(["../../chunks/_a._.js"]);
  });

  it("leaves chunks with other content, other folders and longer names that end alike untouched", () => {
    dedupeServerChunks(dist);
    expect(read("server/app/one/route.js")).toBe('R.c("server/chunks/_a._.js")\nR.c("server/chunks/x_a._.js")\n');
    expect(read("server/app/two/route.js")).toContain('R.c("server/chunks/ssr/_c._.js")');
    expect(exists("server/chunks/ssr/_c._.js")).toBe(true);
  });

  it("does nothing to a build without duplicates", () => {
    dedupeServerChunks(dist);
    expect(dedupeServerChunks(dist)).toEqual({ files: 0, duplicates: 0, bytesRemoved: 0 });
  });
});
