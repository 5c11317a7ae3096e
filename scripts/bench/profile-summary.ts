// Summarises a V8 .cpuprofile (from scripts/bench/profile.ts --cpu-prof): busy time by what the server was doing
// (each sample goes to the nearest matching frame from the leaf up) and self time by function, after skipping the
// start-up (module loading) so the figures are per-request work. Divide by the request count for CPU per request.
//   npx tsx scripts/bench/profile-summary.ts DIR/file.cpuprofile [skipSeconds=8] [top=40]
import fs from "node:fs";

type Frame = { functionName: string; url: string; lineNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, skip = "8", topArg = "40"] = process.argv.slice(2);
if (!file) throw new Error("usage: npx tsx scripts/bench/profile-summary.ts FILE.cpuprofile [skipSeconds=8] [top=40]");
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Ordered: the first rule matching a frame (walking from the leaf up) names the sample.
const RULES: [string, (f: Frame) => boolean][] = [
  ["gc", (f) => f.functionName === "(garbage collector)"],
  ["idle", (f) => f.functionName === "(idle)" || f.functionName === "(program)"],
  ["session (next-auth, JWT)", (f) => /next-auth|jose|openid|hkdf/.test(f.url + f.functionName)],
  ["database driver (pg)", (f) => /node_modules\/pg/.test(f.url)],
  ["Prisma client", (f) => /@prisma|\/prisma\//.test(f.url)],
  ["socket writes", (f) => /writev|writeUtf8String|writeBuffer/.test(f.functionName)],
  ["app code + client components SSR", (f) => /server\/chunks\/ssr\/(app_|components_|lib_)/.test(f.url)],
  ["app code (server components)", (f) => /server\/chunks\/(?!ssr)[^/]*(app_|components_|lib_)/.test(f.url)],
  ["lucide icons", (f) => /lucide/.test(f.url)],
  ["React/Next rendering", (f) => /app-page|react-dom|react-server|next-server/.test(f.url)],
  ["next (other)", (f) => /node_modules\/next/.test(f.url)],
  ["async hooks / promises", (f) => /async_hooks|promise/i.test(f.url + f.functionName) || f.functionName === "runMicrotasks"],
];

const byCategory = new Map<string, number>();
const selfTime = new Map<string, number>();
let elapsed = 0;
for (const [i, sample] of profile.samples.entries()) {
  // V8 writes one time delta per sample.
  const delta = profile.timeDeltas[i];
  if (delta === undefined) throw new Error(`${file}: sample ${i} has no time delta`);
  const ms = delta / 1000;
  elapsed += ms;
  if (elapsed < Number(skip) * 1000) continue;
  let category = "other";
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const rule = RULES.find(([, test]) => test(byId.get(id)!.callFrame));
    if (rule) { category = rule[0]; break; }
  }
  byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
  const f = byId.get(sample)!.callFrame;
  const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber}`;
  selfTime.set(key, (selfTime.get(key) ?? 0) + ms);
}
const print = (title: string, map: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${v.toFixed(0).padStart(8)} ms  ${k}`);
};
print("time by activity", byCategory, 20);
print("self time by function", selfTime, Number(topArg));
