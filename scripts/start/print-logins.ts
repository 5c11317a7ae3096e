import { DEMO_ORGANIZATION_NAME, DEMO_USERS } from "../../prisma/seed/demo-users";
import { ROLE_LABELS } from "../../lib/access/permissions";

export function printDemoLogins(url: string): void {
  const rows = DEMO_USERS.map((u) => [ROLE_LABELS[u.role], u.email, u.password]);
  const widths = [0, 1, 2].map((i) =>
    Math.max(...rows.map((r) => r[i].length), ["Role", "Email", "Password"][i].length),
  );
  const line = (r: string[]) => `  ${r.map((c, i) => c.padEnd(widths[i])).join("  ")}`;
  console.log(`\nDemo organisation “${DEMO_ORGANIZATION_NAME}”: sign in at ${url}/login with`);
  console.log(line(["Role", "Email", "Password"]));
  for (const r of rows) console.log(line(r));
  console.log("");
}
