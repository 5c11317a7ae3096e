// `npm run db:migration -- <name> [--schema <file|dir>] [--migrations <dir>] [--empty]`
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that takes the
// existing migrations to schema.prisma, offline (see schema-engine.ts). Needs a Postgres for
// the throw-away shadow database: DATABASE_URL if set, else the embedded one.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { withoutHandKeptDrops } from "./hand-kept";
import { diffMigrationsToSchema, LOCKFILE, type SchemaFile } from "./schema-engine";

const USAGE =
  "usage: npm run db:migration -- <name> [--schema prisma/schema.prisma] [--migrations prisma/migrations] [--empty]";

function parseArgs(argv: string[]) {
  const options = {
    name: "",
    schema: path.join("prisma", "schema.prisma"),
    migrations: path.join("prisma", "migrations"),
    empty: false,
  };
  // One iterator for the loop and the option values it takes, so "--schema x" consumes both words.
  const args = argv[Symbol.iterator]();
  for (const arg of args) {
    if (arg === "--schema" || arg === "--migrations") {
      const value = args.next().value;
      if (!value) throw new Error(`${arg} needs a path\n${USAGE}`);
      options[arg === "--schema" ? "schema" : "migrations"] = value;
    } else if (arg === "--empty") options.empty = true;
    else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (!options.name) options.name = arg;
    else throw new Error(`unexpected argument ${arg}\n${USAGE}`);
  }
  // Same shape as Prisma's names: lowercase words joined by underscores.
  options.name = options.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!options.name) throw new Error(`a migration name is required\n${USAGE}`);
  return options;
}

function readSchema(schemaPath: string): SchemaFile[] {
  if (!fs.existsSync(schemaPath)) throw new Error(`schema not found: ${schemaPath}`);
  const files = fs.statSync(schemaPath).isDirectory()
    ? fs
        .readdirSync(schemaPath, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".prisma"))
        .sort()
        .map((f) => path.join(schemaPath, f))
    : [schemaPath];
  return files.map((file) => ({ path: file, content: fs.readFileSync(file, "utf8") }));
}

/** UTC YYYYMMDDHHMMSS, kept after the newest existing migration so the order never inverts. */
function nextTimestamp(migrationsDir: string): string {
  const stamp = (d: Date) => d.toISOString().replace(/\D/g, "").slice(0, 14);
  const existing = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir)
        .filter((n) => /^\d{14}_/.test(n))
        .sort()
    : [];
  const last = existing.at(-1)?.slice(0, 14);
  const now = stamp(new Date());
  if (!last || now > last) return now;
  // One second after the newest, so the new folder still sorts last: YYYYMMDDHHMMSS read as UTC.
  const at = (from: number, length: number) => Number(last.slice(from, from + length));
  return stamp(new Date(Date.UTC(at(0, 4), at(4, 2) - 1, at(6, 2), at(8, 2), at(10, 2), at(12, 2) + 1)));
}

async function withShadowServer<T>(run: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const server = await startEmbeddedPostgres();
  try {
    return await run(server.url);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const schemaFiles = readSchema(options.schema);
  const diff = await withShadowServer((databaseUrl) =>
    diffMigrationsToSchema({ databaseUrl, schemaFiles, migrationsDir: options.migrations }),
  );
  const { sql, removed } = withoutHandKeptDrops(diff);
  for (const note of removed) console.log(`Kept ${note} (not in schema.prisma; its DROP was left out).`);
  if (!sql && !options.empty) {
    console.log("No schema changes: the migrations already match the schema. Nothing written.");
    console.log("(Use --empty to start a hand-written migration.)");
    return;
  }
  const name = `${nextTimestamp(options.migrations)}_${options.name}`;
  const dir = path.join(options.migrations, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql || "-- This is an empty migration.\n");
  const lockfile = path.join(options.migrations, "migration_lock.toml");
  if (!fs.existsSync(lockfile)) fs.writeFileSync(lockfile, LOCKFILE);
  console.log(`Created ${path.join(dir, "migration.sql")}\n`);
  console.log(sql || "(empty: write the SQL by hand)");
}

// The WASM engine leaves a ~10 s timer behind: exit explicitly.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[db:migration] ${message}`);
    if (!message.startsWith("Prisma schema engine")) return process.exit(1);
    console.error(
      "If the WASM schema engine cannot be used here, write the migration by hand: create " +
        "prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql with the SQL, then run `tsx scripts/db/migrate.ts`.",
    );
    process.exit(1);
  },
);
