import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { STATIC_SECURITY_HEADERS } from "../../lib/security-headers";
import { ownDatabase } from "./fixtures/own-database";

// A production process serves the configuration the build resolved: it must not compile next.config.ts again at
// start, which loads the next-intl plugin and with it SWC's compilers and a file watcher (about 30 MB of native code
// in every instance, and the same again per ACTLAS_INSTANCES worker).
const BASE_PORT = Number(process.env.E2E_PORT || 3100);
const own = ownDatabase("process");

// The native modules (.node files) a process has mapped, by file name.
const nativeModules = (pid: number): string[] => [
  ...new Set(
    fs
      .readFileSync(`/proc/${pid}/maps`, "utf8")
      .split("\n")
      .map((line) => line.split("/").at(-1) ?? "")
      .filter((name) => name.endsWith(".node")),
  ),
];

test("a production instance runs the built configuration, with no compiler or file watcher loaded", async () => {
  test.setTimeout(120_000);
  const app = await own.startApp({ port: BASE_PORT + 62, env: { JOBS_ENABLED: "false" } });
  const response = await fetch(`${app.url}/login`);
  expect(response.status).toBe(200);
  // next.config.ts's headers() reach the responses all the same.
  for (const header of STATIC_SECURITY_HEADERS) expect(response.headers.get(header.key)).toBe(header.value);

  const loaded = nativeModules(app.child.pid!);
  expect(loaded.filter((name) => /swc|watcher/.test(name))).toEqual([]);
  expect(app.output()).not.toContain("next.config.ts");
});
