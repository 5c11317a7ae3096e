// `npm run bench -- --instances N` (issue #21): the page scenarios at 20 users against the server `npm start` runs,
// first with one instance and then with ACTLAS_INSTANCES=N, each started afresh, with the same requests, so the only
// difference between the two sides is the number of instances.
import os from "node:os";
import { cpuMs } from "./cpu-time";
import { checkPage, load, signIn } from "./http";
import { instanceSide, type InstanceSide, type InstancesRow } from "./instances-report";
import { benchPages } from "./pages";
import type { BenchSeed } from "./seed";
import { startInstances, withPeakRss } from "./server";

export const SCALING_USERS = 20;

type Context = {
  databaseUrl: string; port: number; seed: BenchSeed; today: string; warmup: number;
  /** Requests at 20 users for a page: the same number on both sides. */
  amountFor: (scenario: string) => number;
  log: (m: string) => void;
};

export type InstancesResult = { count: number; users: number; loadAverage: Record<string, string>; rows: InstancesRow[] };

export async function measureInstances(count: number, ctx: Context): Promise<InstancesResult> {
  const loadAverage: Record<string, string> = {};
  const sides: Map<string, InstanceSide>[] = [];
  for (const instances of [1, count]) {
    loadAverage[`×${instances} before`] = load1m();
    sides.push(await measureSide(instances, ctx));
    loadAverage[`×${instances} after`] = load1m();
  }
  const [one, many] = sides;
  const rows = benchPages(ctx.seed, ctx.today).map((page) => ({ scenario: page.name, users: SCALING_USERS, one: one!.get(page.name)!, many: many!.get(page.name)! }));
  return { count, users: SCALING_USERS, loadAverage, rows };
}

async function measureSide(instances: number, ctx: Context): Promise<Map<string, InstanceSide>> {
  ctx.log(`starting the server with ACTLAS_INSTANCES=${instances} (load average ${load1m()})…`);
  const server = await startInstances(ctx.databaseUrl, ctx.port, instances);
  const out = new Map<string, InstanceSide>();
  try {
    const cookie = await signIn(server.url, ctx.seed.email, ctx.seed.password);
    for (const page of benchPages(ctx.seed, ctx.today)) {
      await checkPage(server.url, page.path, cookie, page.expect);
      // One connection per instance (the cluster hands connections out in turn), so every instance is warm.
      await load(server.url, page.path, cookie, instances, ctx.warmup * instances);
      const cpuBefore = cpuMs(server.pid);
      const { result: app, peakRssMb } = await withPeakRss(server.pid, () => load(server.url, page.path, cookie, SCALING_USERS, ctx.amountFor(page.name)));
      const side = instanceSide(instances, app, cpuMs(server.pid) - cpuBefore, peakRssMb);
      ctx.log(`  ${page.name} @${SCALING_USERS}, ${instances} instance(s): ${side.rps} req/s, p95 ${side.p95Ms} ms, ${side.cpuMsPerRequest} ms CPU/request, peak RSS ${side.peakRssMb} MB`);
      out.set(page.name, side);
    }
  } finally {
    await server.stop();
  }
  return out;
}

const load1m = () => os.loadavg().map((n) => n.toFixed(1)).join(" ");
