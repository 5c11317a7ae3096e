// Pure helpers on Postgres connection URLs. No I/O, so they are safe to import anywhere.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

function parse(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("Not a valid database URL (expected postgresql://user:password@host:port/database)");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new Error(`Not a Postgres URL: protocol is "${parsed.protocol}"`);
  }
  return parsed;
}

/** Name of the database a URL points at ("" when the URL names none). */
export function databaseName(url: string): string {
  return decodeURIComponent(parse(url).pathname.replace(/^\//, ""));
}

/** Same server, credentials and query options; only the database differs. */
export function withDatabase(url: string, name: string): string {
  if (!name || name.includes("/")) throw new Error(`Invalid database name: "${name}"`);
  const parsed = parse(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

export function isLocalDatabaseUrl(url: string): boolean {
  const host = parse(url).hostname.toLowerCase();
  return LOCAL_HOSTS.has(host) || host.startsWith("127.");
}

/**
 * Guard for code that drops or truncates databases (tests, resets): refuses anything
 * but this machine so a stray DATABASE_URL can never wipe a shared server.
 */
export function assertLocalDatabaseUrl(url: string): void {
  if (!isLocalDatabaseUrl(url)) {
    throw new Error(
      `Refusing to run against a non-local database (host "${parse(url).hostname}"); ` +
        "only localhost, 127.0.0.1 or ::1 are allowed here",
    );
  }
}
