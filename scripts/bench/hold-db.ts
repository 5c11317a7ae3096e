// Keeps the seeded scratch database running (for EXPLAIN sessions while profiling): prints its URL, stops on Ctrl-C.
//   npx tsx scripts/bench/hold-db.ts
import { startScratchDb } from "./database";

startScratchDb({ keep: true, log: () => {} }).then((db) => {
  console.log(db.url);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}, (error: unknown) => { console.error(error); process.exit(1); });
