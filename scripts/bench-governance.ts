/**
 * The dashboard's governance programme card at 100,000 systems (issue #19): its figures (Art 4 people and refreshers,
 * policy acknowledgements, every framework's coverage) through getGovernanceFigures, first view (a new day, nothing
 * kept) and as a page asks for it, beside the dashboard's own data-layer calls, in-process on the scratch database
 * of bench:standards (systems, obligations, risks, literacy) plus 2,000 members and 20 published policies. Prints
 * wall-clock and CPU per call: this process's and the database server's (from /proc), with the load average.
 * Run: BENCH_DATA_DIR=.data/bench-gov npm run bench:governance -- [--keep] [--runs 10]
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { benchCli, runBench, withSeededScratchDb } from "./bench/cli";
import { ensureLiteracy } from "./bench/literacy";

process.env.BENCH_DATA_DIR ||= ".data/bench-gov";
const cli = benchCli("bench-governance");
const { log, arg, load } = cli;
const TICK_MS = 10;

// The database cluster's CPU: the postmaster's own and reaped children's, plus every live backend's.
function postgresCpuMs(): number {
  const pid = Number(fs.readFileSync(`${process.env.BENCH_DATA_DIR}/postgres/postmaster.pid`, "utf8").split("\n")[0]);
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const f = fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      if (Number(entry) === pid) total += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS;
      else if (Number(f[1]) === pid) total += (Number(f[11]) + Number(f[12])) * TICK_MS;
    } catch {
      // A backend that ended meanwhile: its time is in the postmaster's reaped-children figures.
    }
  }
  return total;
}

async function measure(name: string, task: () => Promise<unknown>, runs: number) {
  await task();
  const wall: number[] = [];
  const node0 = process.cpuUsage();
  const pg0 = postgresCpuMs();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task();
    wall.push(performance.now() - t);
  }
  const node = process.cpuUsage(node0);
  const pgMs = (postgresCpuMs() - pg0) / runs;
  wall.sort((a, b) => a - b);
  const median = wall[Math.floor(wall.length / 2)] ?? 0;
  log(
    `${name}: median ${median.toFixed(1)} ms, max ${(wall.at(-1) ?? 0).toFixed(1)} ms; CPU per call: node ${((node.user + node.system) / 1000 / runs).toFixed(1)} ms, postgres ${pgMs.toFixed(1)} ms (${runs} runs)`,
  );
}

async function ensurePolicies(url: string, organizationId: string) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Policy" WHERE "organizationId" = $1`, [
      organizationId,
    ]);
    if ((rows[0]?.n ?? 0) > 0) return;
    await client.query(
      `INSERT INTO "User" (id, email, name, "updatedAt")
         SELECT 'bgov' || i, 'gov-' || i || '@bench.example', 'Member ' || i, now() FROM generate_series(1, 2000) i;
       INSERT INTO "Membership" (id, "userId", "organizationId", role)
         SELECT 'bgovm' || i, 'bgov' || i, '${organizationId}', 'MANAGER' FROM generate_series(1, 2000) i;
       INSERT INTO "Policy" (id, "organizationId", title, kind, "audienceAll", "audienceRoles", "updatedAt")
         SELECT 'bpol' || p, '${organizationId}', 'Policy ' || p, 'OTHER', p % 4 <> 0,
           CASE WHEN p % 4 = 0 THEN ARRAY['MANAGER']::"Role"[] ELSE ARRAY[]::"Role"[] END, now()
         FROM generate_series(1, 23) p;
       INSERT INTO "PolicyVersion" (id, "organizationId", "policyId", number, body, status, "publishedAt", "updatedAt")
         SELECT 'bpv' || p, '${organizationId}', 'bpol' || p, 1, 'Text',
           (CASE WHEN p > 20 THEN 'IN_APPROVAL' ELSE 'PUBLISHED' END)::"PolicyVersionStatus", now(), now()
         FROM generate_series(1, 23) p;
       INSERT INTO "PolicyAcknowledgement" (id, "organizationId", "policyVersionId", "userId")
         SELECT 'back' || p || '-' || m."userId", '${organizationId}', 'bpv' || p, m."userId"
         FROM generate_series(1, 20) p CROSS JOIN "Membership" m
         WHERE m."organizationId" = '${organizationId}' AND hashtext(m."userId" || p) % 5 <> 0;
       ANALYZE "Membership", "Policy", "PolicyVersion", "PolicyAcknowledgement";`,
    );
  } finally {
    await client.end();
  }
}

runBench(cli, () =>
  withSeededScratchDb(
    cli,
    (seed) => `seeded ${seed.systems} systems, ${seed.obligations} obligations`,
    async (seed, url) => {
      const pg = (await import("pg")).default;
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      log(`literacy: ${JSON.stringify(await ensureLiteracy(pool, seed))}`);
      await pool.end();
      await ensurePolicies(url, seed.organizationId);
      const { getGovernanceFigures } = await import("../lib/dal/dashboard/governance");
      const { getDashboard } = await import("../lib/dal/dashboard/dashboard");
      const actor = { kind: "user" as const, userId: seed.adminId, organizationId: seed.organizationId };
      const runs = Number(arg("runs") ?? 10);
      let day = Date.UTC(2027, 0, 1);
      const fresh = () => new Date((day += 86_400_000)).toISOString().slice(0, 10);
      log(`load average before: ${load()}`);
      const figures = await getGovernanceFigures(actor);
      log(`figures: ${JSON.stringify({ ...figures.literacy, ...figures.policies })}`);
      await measure(
        "governance figures, first view (new day)",
        () => getGovernanceFigures(actor, { today: fresh() }),
        runs,
      );
      await measure("governance figures, kept (as the page asks)", () => getGovernanceFigures(actor), runs);
      await measure("dashboard figures, kept (before: the page's main call)", () => getDashboard(actor, {}), runs);
      await measure(
        "dashboard + governance, kept, side by side (after)",
        () => Promise.all([getDashboard(actor, {}), getGovernanceFigures(actor)]),
        runs,
      );
      // The parts of a first view, each on its own.
      const { literacyHeadline } = await import("../lib/dal/literacy/internal/headline");
      const { policyCoverages } = await import("../lib/dal/policies/acknowledgements");
      const { coverageFacts } = await import("../lib/dal/standards/coverage");
      await measure(
        "  part: literacy people and refreshers",
        () => literacyHeadline(seed.organizationId, fresh()),
        runs,
      );
      await measure("  part: policy acknowledgement coverage", () => policyCoverages(actor), runs);
      await measure(
        "  part: standards coverage facts (shared with /standards)",
        () => coverageFacts(actor, fresh()),
        runs,
      );
      log(`load average after: ${load()}`);
    },
  ),
);
