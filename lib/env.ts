import { z } from "zod";
import { decodeSecretKey } from "@/lib/crypto/secret-box";

const DNS_SERVER = /^(?:(?:\d{1,3}\.){3}\d{1,3}|\[[0-9a-fA-F:.]+\])(?::\d{1,5})?$/;

const REPLICA_URL_MESSAGE =
  "Use postgresql://user:password@host:port/database URLs separated by commas, one per replica.";

function isPostgresUrl(text: string): boolean {
  try {
    const { protocol, hostname } = new URL(text);
    return (protocol === "postgresql:" || protocol === "postgres:") && hostname !== "";
  } catch {
    return false;
  }
}

// The only module that reads process.env (an ESLint rule enforces it). Values are validated lazily so that
// `next build` can import modules that need a database without one being configured.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  // Hot standbys of DATABASE_URL, comma-separated: the dashboard's figures, the inventory list and its exports are read
  // from one of them when it has caught up with the primary, else from the primary (lib/db/replicas.ts).
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().refine(isPostgresUrl, REPLICA_URL_MESSAGE)).min(1))
    .optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  // Outgoing mail (reminders). Unset: reminders are in-app only. e.g. smtp://user:pass@localhost:2525
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Actlas <no-reply@actlas.localhost>"),
  // Without SMTP, write sign-up and password-reset links to the server log instead. The links are secrets: only for a
  // machine whose log only its operator reads. `npm start` on the embedded database (a local trial) turns it on.
  MAIL_LINKS_TO_LOG: z.enum(["true", "false"]).default("false"),
  // Server log: the lowest level written (default info; silent under the test runner) and its format (default JSON
  // lines in production, readable lines elsewhere; `npm start` on the embedded database picks readable). lib/log.ts.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  // Bearer token for Prometheus' scrape of /metrics; unset: /metrics answers 404. At least 24 characters.
  ACTLAS_METRICS_TOKEN: z.string().min(24).optional(),
  // Background jobs (reminders, webhook deliveries, scheduled registry syncs) run inside the app process on pg-boss.
  JOBS_ENABLED: z.enum(["true", "false"]).default("true"),
  // Webhook and registry URLs on private or loopback addresses are refused unless this is set (tests, local setups).
  ALLOW_PRIVATE_URLS: z.enum(["true", "false"]).default("false"),
  // AES-256-GCM key for the secrets Actlas stores and must use again (webhook signing secrets, registry tokens): 32
  // random bytes in base64. Previous keys (comma-separated) still decrypt values until `npm run secrets:rotate`.
  ACTLAS_SECRETS_KEY: z.string().transform(secretKey).optional(),
  ACTLAS_SECRETS_PREVIOUS_KEYS: z
    .string()
    .transform((value, ctx) =>
      value
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean)
        .map((k) => secretKey(k, ctx)),
    )
    .optional(),
  // RFC 3161 time-stamping authority (http or https URL) for the signatures on sealed PDFs: set, each signature gets
  // a time-stamp token (PAdES B-T) and sealing fails rather than sign without one; unset, signatures are B-B.
  ACTLAS_TSA_URL: z.string().url().optional(),
  // Reverse proxies in front of Actlas that append the address they saw to X-Forwarded-For. 0: the TCP peer is the
  // client; N: the N-th X-Forwarded-For entry from the right is. Anything more than the real count lets a client
  // choose its own address for the sign-in limits (lib/net/client-address.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Sign-up and password-reset e-mails one network address may ask for per hour (one office behind one address shares
  // it); the end-to-end suite, whose every sign-up comes from localhost, raises it.
  ACCOUNT_MAILS_PER_NETWORK_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  // Requests per minute that one API token may make before /api/v1 answers 429 with Retry-After.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  // Single sign-on (OIDC). All three set: the sign-in page offers "Sign in with <OIDC_NAME>".
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("single sign-on"),
  // DNS servers that verify SSO domains (TXT records) and resolve webhook and registry hosts (lib/net/resolve.ts),
  // comma-separated IP[:port], IPv6 as [addr]:port. Unset: the system's resolvers. Tests point it at their own server.
  DNS_SERVERS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((server) => server.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.string().regex(DNS_SERVER, "Use IP[:port] entries such as 10.0.0.2:53 or [::1]:53, separated by commas."),
        )
        .min(1),
    )
    .optional(),
});

function secretKey(text: string, ctx: z.RefinementCtx): Buffer {
  try {
    return decodeSecretKey(text);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
}

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validates a set of variables (empty ones count as unset); throws one message naming every bad variable. */
export function parseEnv(vars: Record<string, string | undefined>): Env {
  const parsed = ZEnv.safeParse(Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment configuration: ${issues}`);
  }
  return parsed.data;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start Actlas with `npm start`, which provides a database.");
  return url;
}
