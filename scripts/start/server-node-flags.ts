// How the app's server process collects garbage, for `npm start` and the benchmark alike (so the benchmark measures
// what users run). With V8's defaults on a large machine the old space grows to several times the live heap before a
// full collection: a 10,000-row CSV import whose live heap stays near 100 MB raised the server's RSS from ~300 to
// ~570 MB, and the dossier ZIP export likewise. A smaller heap-growing factor and smaller young generation collect
// sooner without capping the heap (a big job can still grow it: no out-of-memory at an arbitrary limit); measured in
// BENCHMARKS.md item 16 (import: 574 → 334 MB peak, time unchanged within noise).
export const SERVER_NODE_FLAGS = ["--heap-growing-percent=10", "--max-semi-space-size=8"];
