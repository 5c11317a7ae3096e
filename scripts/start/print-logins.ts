import { DEMO_ORGANIZATION_NAME, DEMO_USERS } from "../../prisma/seed/demo-users";
import { ROLE_LABELS } from "../../lib/access/permissions";

export function printDemoLogins(url: string): void {
  const head = ["Role", "Email", "Password"];
  const rows = DEMO_USERS.map((u) => [ROLE_LABELS[u.role], u.email, u.password]);
  // Every row has a cell per column; a missing one would pad as empty.
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => `  ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")}`;
  console.log(`\nDemo organisation “${DEMO_ORGANIZATION_NAME}”: sign in at ${url}/login with`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log("");
}
