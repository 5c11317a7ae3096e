// Seeds the benchmark's scratch database and stops, so profile.ts can measure pages without a full `npm run bench`
// first (the full run also builds the app and measures everything, ~30 min on a shared machine).
//   npx tsx --conditions=react-server scripts/bench/seed-only.ts [--systems N]
import { benchCli, runBench, withSeededScratchDb } from "./cli";

const cli = benchCli("seed");
runBench(cli, () =>
  withSeededScratchDb(
    cli,
    (seed) => `seeded ${seed.systems} systems`,
    async () => {},
  ),
);
