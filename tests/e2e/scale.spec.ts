import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";
import { contractBreaches, type Exchange } from "./api-contract/check-response";
import { ContractDocument, type OpenApi, type Operation } from "./api-contract/document";
import { startAppInstance, type AppInstance } from "./fixtures/app-instance";
import { seedDemo, startHaproxy, type Haproxy } from "./fixtures/load-balancer";
import { DEMO } from "./helpers";

// Two instances of the production build on one Postgres behind HAProxy (Debian's package), as docs/deploy.md says
// to run them: whichever instance answers, sessions, rate limits, dashboard figures and scheduled jobs behave as on
// one, and killing an instance under load loses no request it acknowledged.
const BASE_PORT = Number(process.env.E2E_PORT || 3100);
const LB_PORT = BASE_PORT + 70;
const LB = `http://localhost:${LB_PORT}`;
const dataDir = path.resolve(`.data/e2e-scale-${BASE_PORT}`);
const RATE_LIMIT = 40;

let db: EmbeddedPostgresHandle | undefined;
let lb: Haproxy | undefined;
const apps: AppInstance[] = [];
// When both instances were up: the schedule test counts the jobs created since, so the minutes the tests before it take
// count towards the minute it must wait for.
let bothUp = new Date();

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: 0, database: "scale" });
  await applyMigrations(db.url, { log: () => undefined });
  // What every instance must share (docs/deploy.md): the database, the session and secrets keys, the public URL.
  const shared = {
    NEXTAUTH_URL: LB,
    NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
    ACTLAS_SECRETS_KEY: randomBytes(32).toString("base64"),
    API_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    JOBS_ENABLED: "true",
  };
  seedDemo(db.url, { ACTLAS_SECRETS_KEY: shared.ACTLAS_SECRETS_KEY });
  for (const offset of [71, 72]) {
    apps.push(await startAppInstance({ port: BASE_PORT + offset, databaseUrl: db.url, env: shared }));
  }
  lb = await startHaproxy({
    dir: dataDir,
    port: LB_PORT,
    servers: apps.map((app, i) => ({ name: `app${i + 1}`, url: app.url })),
  });
  bothUp = new Date();
});

test.afterAll(async () => {
  for (const app of apps) app.child.kill("SIGKILL");
  await lb?.stop();
  await db?.stop();
});

// One HTTP answer, as the contract checker reads it.
async function exchangeOf(r: Response): Promise<Exchange> {
  return {
    label: r.url,
    method: "GET",
    status: r.status,
    headers: Object.fromEntries(r.headers),
    body: await r.text(),
  };
}

// The operation as the served document has it, for holding an answer to it.
async function documented(method: string, path: string) {
  const served = (await (await fetch(`${LB}/api/v1/openapi.json`)).json()) as OpenApi;
  const doc = new ContractDocument(served);
  return { doc, op: doc.operation(method, path)! };
}

// HAProxy's stamp aside, an answer must keep the document as the contract test checks it.
function documentBreaches(doc: ContractDocument, op: Operation, answer: Exchange, provoked?: number): string[] {
  const { "x-served-by": _by, ...headers } = answer.headers;
  return contractBreaches(doc, op, { ...answer, headers }, provoked);
}

/** The instance that answered (HAProxy stamps X-Served-By). */
const servedBy = (headers: Record<string, string>) => headers["x-served-by"];

async function signInThroughLb(page: Page) {
  await page.goto(`${LB}/login`);
  await page.getByLabel("Email").fill(DEMO.admin.email);
  await page.getByLabel("Password").fill(DEMO.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/systems$/);
}

async function createToken(page: Page, name: string): Promise<string> {
  await page.goto(`${LB}/settings`);
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("checkbox", { name: /^systems:write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  return (await page.getByTestId("api-token").textContent())!.trim();
}

test("a session works whichever instance answers, and signing out on one ends it on both", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInThroughLb(page);
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const res = await context.request.get(`${LB}/dashboard`, { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    seen.add(servedBy(res.headers())!);
  }
  expect([...seen].sort()).toEqual(["app1", "app2"]);

  const cookies = await context.cookies();
  // Sign out as the button does (next-auth's CSRF token, then the POST): both may reach different instances.
  const { csrfToken } = (await (await context.request.get(`${LB}/api/auth/csrf`)).json()) as { csrfToken: string };
  const out = await context.request.post(`${LB}/api/auth/signout`, {
    form: { csrfToken, callbackUrl: "/login", json: "true" },
  });
  expect(out.ok(), await out.text()).toBe(true);
  // The old cookie, replayed against each instance directly: the session row is gone for both.
  const replay = await browser.newContext();
  for (const app of apps) {
    await replay.addCookies(cookies.map((c) => ({ ...c, domain: "localhost" })));
    const res = await replay.request.get(`${app.url}/dashboard`);
    expect(new URL(res.url()).pathname, app.url).toBe("/login");
  }
  await replay.close();
  await context.close();
});

test("an API token's rate limit holds across instances", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signInThroughLb(page);
  const token = await createToken(page, "rate limit across instances");
  const answers = await Promise.all(
    Array.from({ length: RATE_LIMIT + 20 }, () =>
      fetch(`${LB}/api/v1/systems?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } }).then(exchangeOf),
    ),
  );
  expect(new Set(answers.map((a) => a.headers["x-served-by"])).size).toBe(2);
  expect(answers.filter((a) => a.status === 200)).toHaveLength(RATE_LIMIT);
  const refused = answers.filter((a) => a.status === 429);
  expect(refused).toHaveLength(20);
  // The refusal is what the document promises (problem+json, Retry-After), whichever instance gave it.
  const { doc, op } = await documented("GET", "/systems");
  for (const answer of refused.slice(0, 3)) expect(documentBreaches(doc, op, answer)).toEqual([]);
});

test("the dashboard shows a change made through the other instance", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signInThroughLb(page);
  const token = await createToken(page, "dashboard across instances");
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  // The "AI systems" tile's figure, read from the page that instance renders (the cookie is for localhost, any port).
  const total = async (app: AppInstance) => {
    await page.goto(`${app.url}/dashboard`);
    const tile = page.getByRole("link").filter({ hasText: /^AI systems/ });
    return Number(await tile.locator("span").nth(1).textContent());
  };
  const before = await total(apps[0]!);
  expect(before).toBeGreaterThan(0);
  expect(await total(apps[1]!)).toBe(before);
  // Created through app2 only; app1 kept its computed dashboard in memory.
  const created = await fetch(`${apps[1]!.url}/api/v1/systems`, {
    method: "POST",
    headers,
    body: JSON.stringify({ name: `Scale test system ${randomBytes(3).toString("hex")}`, isDraft: true }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  expect(await total(apps[0]!)).toBe(before + 1);
});

test("a scheduled job runs once per schedule, not once per instance", async () => {
  test.setTimeout(150_000);
  const client = new pg.Client({ connectionString: db!.url });
  await client.connect();
  try {
    // The notification e-mails run every minute: wait until both instances have seen at least one minute together.
    await expect
      .poll(
        async () =>
          (
            await client.query(
              `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'actlas-notification-emails' AND created_on > $1`,
              [bothUp],
            )
          ).rows[0].n,
        { timeout: 130_000, intervals: [5_000] },
      )
      .toBeGreaterThan(0);
    const { rows } = await client.query(
      `SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS n FROM pgboss.job
        WHERE name = 'actlas-notification-emails' GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.n, String(row.minute)).toBe(1);
  } finally {
    await client.end();
  }
});

test("killing an instance under load loses no request it acknowledged", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext()).newPage();
  await signInThroughLb(page);
  const token = await createToken(page, "load while an instance dies");
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const acknowledged: string[] = [];
  let failed = 0;
  const worker = async (w: number) => {
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${LB}/api/v1/systems`, {
        method: "POST",
        headers,
        body: JSON.stringify({ name: `Load ${w}-${i} ${randomBytes(3).toString("hex")}`, isDraft: true }),
      }).catch(() => null);
      if (res?.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
      else failed++;
    }
  };
  const load = Promise.all(Array.from({ length: 4 }, (_, w) => worker(w)));
  await expect.poll(() => acknowledged.length).toBeGreaterThan(4);
  apps[0]!.child.kill("SIGKILL");
  await load;
  expect(acknowledged.length).toBeGreaterThan(8);
  // Every acknowledged system is in the database.
  const client = new pg.Client({ connectionString: db!.url });
  await client.connect();
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "AiSystem" WHERE id = ANY($1)`, [acknowledged]);
  await client.end();
  expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
  test.info().annotations.push({ type: "load", description: `${acknowledged.length} acknowledged, ${failed} refused` });
});

test("while the database is down the API answers 503 with Retry-After, as documented, and serves again after", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext()).newPage();
  await signInThroughLb(page);
  const token = await createToken(page, "database outage");
  // An instance directly: HAProxy takes an instance whose /readyz fails out of rotation within seconds and would
  // answer its own 503 instead.
  const app = apps.find((a) => !a.child.killed)!;
  const call = () =>
    fetch(`${app.url}/api/v1/systems?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } }).then(exchangeOf);
  const { doc, op } = await documented("GET", "/systems");
  const port = db!.port;
  await db!.stop();
  const during = await call();
  expect(during.status, during.body).toBe(503);
  expect(Number(during.headers["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(documentBreaches(doc, op, during, 503)).toEqual([]);

  db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port, database: "scale" });
  // The app reconnects on its own: no restart of the instance.
  await expect.poll(async () => (await call()).status, { timeout: 30_000 }).toBe(200);
});
