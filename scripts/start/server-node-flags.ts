// How the app's server process collects garbage, for `npm start` and the benchmark alike (so the benchmark measures
// what users run). ACTLAS_GC chooses between two measured trade-offs (BENCHMARKS.md, "Server CPU per request, round 4"
// and "round 5"):
// - "memory" (the default): with V8's defaults on a large machine the old space grows to several times the live heap
//   before a full collection, so a 10,000-row CSV import raised the server's RSS from ~300 to ~570 MB and the
//   1,000-dossier export to ~650 MB. A smaller heap-growing factor and young generation collect sooner without capping
//   the heap (a big job can still grow it: no out-of-memory at an arbitrary limit). Those peaks stay under 400 MB.
//   The factor is 20 %, not 10 %: each page promotes 0.3-0.6 MB to the old space, so at 10 % a full collection ran
//   every 25-30 pages and cost a quarter of each page's CPU; at 20 % it runs about every 50. At 30 % (every 60-100)
//   the CSV import's commit peaked at 406 MB in the full benchmark, over its 400 MB target.
// - "cpu": V8's defaults. Each page costs a little less again (the old space is marked rarer still), for a machine
//   with memory to spare for those peaks.
export const GC_MODES = {
  memory: ["--heap-growing-percent=20", "--max-semi-space-size=8"],
  cpu: [],
} as const satisfies Record<string, readonly string[]>;

export type GcMode = keyof typeof GC_MODES;

/** The node flags of the server for an ACTLAS_GC setting; unset or empty is "memory". */
export function serverNodeFlags(setting: string | undefined = process.env.ACTLAS_GC): string[] {
  if (setting === undefined || setting === "") return [...GC_MODES.memory];
  if (!Object.hasOwn(GC_MODES, setting)) throw new Error(`ACTLAS_GC must be "memory" or "cpu", not "${setting}"`);
  return [...GC_MODES[setting as GcMode]];
}
