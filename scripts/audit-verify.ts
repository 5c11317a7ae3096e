// `npm run audit:verify`: checks the hash chain of every organisation's audit trail in DATABASE_URL (or the
// embedded database) and names the first broken link. Exit code 1 when any chain is broken.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";

async function main() {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  if (embedded) process.env.DATABASE_URL = embedded.url;
  const { db, disconnectDb } = await import("../lib/db/client");
  const { verifyOrganizationChain } = await import("../lib/dal/core/audit-verify");
  let broken = 0;
  try {
    for (const org of await db().organization.findMany({
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    })) {
      const report = await verifyOrganizationChain(org.id);
      if (report.ok) console.log(`ok      ${org.name}: ${report.events} events, head ${report.headHash.slice(0, 12)}…`);
      else {
        broken += 1;
        console.log(`BROKEN  ${org.name}: ${report.problem}`);
      }
    }
  } finally {
    await disconnectDb();
    await embedded?.stop();
  }
  process.exit(broken ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`[audit:verify] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
