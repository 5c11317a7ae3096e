// HTTP side of the benchmark: signs in through next-auth's credentials flow like a browser, then drives pages with
// autocannon (a real load generator) at a given number of concurrent users, recording each response's latency.
import autocannon from "autocannon";
import { summarise, type Timing } from "./stats";

function cookiesOf(response: Response): string[] {
  // "name=value; Path=/; HttpOnly" → "name=value"
  return response.headers.getSetCookie().map((c) => c.split(";", 1).join(""));
}

/** Returns the Cookie header of a signed-in session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).filter((c) => c.includes("session-token"));
  if (!session.length) throw new Error(`sign-in failed (HTTP ${response.status}): no session cookie`);
  return [...jar, ...session].join("; ");
}

/** One request as a signed-in user; fails unless the page itself (not the sign-in page) came back. */
export async function checkPage(baseUrl: string, path: string, cookie: string, expect: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(expect)) {
    throw new Error(`GET ${path} answered ${response.status} without "${expect}": the benchmark would measure the wrong page`);
  }
}

export async function load(baseUrl: string, path: string, cookie: string, connections: number, amount: number): Promise<Timing> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${baseUrl}${path}`, connections, amount, timeout: 120, headers: { cookie }, pipelining: 1 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else errors++;
    });
  });
  return summarise(latencies, errors + result.errors + result.timeouts, performance.now() - started);
}

/** A single timed GET that reads the whole body (downloads: dossier PDFs in a ZIP). */
export async function timedDownload(baseUrl: string, path: string, cookie: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } });
  let bytes = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) bytes += part.value.byteLength;
  return { ms: performance.now() - started, bytes, status: response.status };
}
