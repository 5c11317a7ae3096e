// The production server that `npm start` runs. One process serves by default; ACTLAS_INSTANCES=N (or "auto", one
// per core) runs N of them under Node's cluster module, which shares the one listening port among them: each is a
// whole Actlas (scripts/start/serve.mjs) and they share nothing but the database (docs/deploy.md). Plain
// JavaScript: it runs under node, not tsx.
import cluster from "node:cluster";
import os from "node:os";

const MAX_INSTANCES = 64;

function instanceCount(setting) {
  if (setting === undefined || setting === "") return 1;
  if (setting === "auto") return os.availableParallelism();
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTANCES)
    throw new Error(`ACTLAS_INSTANCES must be "auto" or a whole number from 1 to ${MAX_INSTANCES}, not "${setting}"`);
  return count;
}

const instances = instanceCount(process.env.ACTLAS_INSTANCES);
if (cluster.isPrimary && instances > 1) {
  const { superviseInstances } = await import("./cluster.mjs");
  superviseInstances(instances);
} else {
  await import("./serve.mjs");
}
