import { defineConfig } from "prisma/config";

// process.env is read directly (not env()) because env() throws when DATABASE_URL is unset, which is the normal
// case here: the start script supplies the embedded database's URL at run time.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/actlas" },
});
