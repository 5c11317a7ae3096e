// Runs a large CSV import in its own process so the test can SIGKILL it part-way through the transaction.
// Usage: node --import tsx --conditions=react-server kill-child.ts <organizationId> <userId> <rows>
import { importSystemsCsv } from "@/lib/dal/systems/system-import";
import { csvOf, manyRows } from "./csv-fixtures";

const [organizationId, userId, rows] = process.argv.slice(2);
if (!organizationId || !userId || !rows) throw new Error("usage: kill-child.ts <organizationId> <userId> <rows>");
const csv = csvOf(manyRows(Number(rows), "Killed"));
importSystemsCsv({ kind: "user", userId, organizationId }, { csv, dryRun: false }, (done, total) => {
  process.stdout.write(`progress ${done}/${total}\n`);
}).then(() => {
  process.stdout.write("committed\n");
  process.exit(0);
});
