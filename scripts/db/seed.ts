// `npm run db:seed`: seeds the demo organisation into DATABASE_URL on explicit request (the start script only
// seeds the embedded database by itself). Migrations are applied first.
import { applyMigrations } from "../../lib/db/migrate";
import { disconnectDb } from "../../lib/db/client";
import { seedDemoOrganization } from "../../prisma/seed/seed-demo";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("Set DATABASE_URL to the database to seed. (`npm start` seeds its embedded database by itself.)");
  await applyMigrations(url, { log: (m) => console.log(`[db:seed] ${m}`) });
  const { created } = await seedDemoOrganization();
  console.log(
    created
      ? "[db:seed] Demo organisation created."
      : "[db:seed] The demo organisation already exists; nothing changed.",
  );
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(`[db:seed] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
