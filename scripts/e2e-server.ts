// Starts Actlas for the end-to-end tests on a throw-away embedded Postgres cluster (never the dev data), with
// the demo organisation seeded, by running the same start script a user runs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startSmtpServer } from "../tests/helpers/smtp-server";

const dataDir = `.data/e2e-${process.env.PORT || "3100"}`;
fs.rmSync(dataDir, { recursive: true, force: true });

async function main() {
  // A real SMTP server of the tests' own: every e-mail the app sends (sign-up confirmations, password resets,
  // reminders) lands as a JSON file in <dataDir>/mail, where tests/e2e/mail.ts reads it.
  const mailDir = path.join(dataDir, "mail");
  fs.mkdirSync(mailDir, { recursive: true });
  let count = 0;
  const smtp = await startSmtpServer({
    onMessage: (mail) =>
      fs.writeFileSync(
        path.join(mailDir, `${Date.now()}-${String(++count).padStart(5, "0")}.json`),
        JSON.stringify(mail),
      ),
  });
  // Webhooks and registry syncs in e2e tests talk to receivers and stubs on localhost, which production refuses.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ACTLAS_DATA_DIR: dataDir,
    ACTLAS_SEED_DEMO: "true",
    ALLOW_PRIVATE_URLS: "true",
    // Every spec signs up from localhost; the suite's sign-ups outnumber one network's hourly allowance.
    ACCOUNT_MAILS_PER_NETWORK_PER_HOUR: "500",
    SMTP_URL: smtp.url,
  };
  delete env.DATABASE_URL;
  const child = spawn("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/start.ts"], {
    stdio: "inherit",
    env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => {
    void smtp.stop();
    process.exit(code ?? 0);
  });
}

void main();
