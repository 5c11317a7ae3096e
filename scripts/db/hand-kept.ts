// Database objects that migrations create in hand-written SQL because schema.prisma cannot declare them. The schema
// engine does not know them, so every diff against the schema proposes dropping them; `npm run db:migration` removes
// those DROP statements (and says so) instead of relying on whoever reviews the generated SQL to notice.

export type HandKept = { pattern: RegExp; why: string };

export const HAND_KEPT: HandKept[] = [
  {
    // (childRef, "organizationId") -> parent(id, "organizationId"): a row can never point into another organisation.
    pattern: /^[A-Za-z]+_[A-Za-z]+_org_fk$/,
    why: "composite tenant foreign key (migration 20261204231317_tenant_composite_fks)",
  },
  {
    pattern: /^Obligation_portfolio_idx$/,
    why: "partial covering index of the dashboard (migration 20261122073000_bench_indexes)",
  },
  {
    pattern: /^Obligation_open_due_idx$/,
    why: "partial index of open, applicable duties by due date (migration *_obligation_open_due_idx)",
  },
  {
    pattern: /^Obligation_code_status_idx$/,
    why: "partial index of live duties by code and state, for the standards crosswalk (migration *_obligation_code_status_idx)",
  },
  {
    pattern: /^AiSystem_dashboard_idx$/,
    why: "covering index of the dashboard's join to systems (migration *_ai_system_dashboard_idx)",
  },
  {
    pattern: /^BusinessUnit_organizationId_lower_name_key$/,
    why: "unique unit name per organisation ignoring case (migration 20261205094110_business_units)",
  },
  {
    pattern: /^LiteracyPerson_organizationId_lower_email_key$/,
    why: "unique e-mail per organisation ignoring case (migration 20261205105111_literacy_register)",
  },
  {
    pattern: /^Notification_email_pending_idx$/,
    why: "partial index of the notifications still to e-mail (migration 20261205100016_notification_email_pending)",
  },
  {
    pattern: /^OrganizationDomain_verified_domain_key$/,
    why: "partial unique index: one organisation per verified domain (migration 20261122101804_sso_domain_verification)",
  },
];

// The two shapes in which the engine drops an object it does not know.
const DROP = /^\s*(?:ALTER TABLE "[^"]+" DROP CONSTRAINT|DROP INDEX) "([^"]+)";\s*$/;

/** The SQL without statements that drop hand-kept objects, and what was removed (with the reason). */
export function withoutHandKeptDrops(sql: string, kept: HandKept[] = HAND_KEPT): { sql: string; removed: string[] } {
  const removed: string[] = [];
  // The engine writes one step per block: "-- <Step>" comment lines, the statement, a blank line.
  const blocks = sql.split(/\n\s*\n/).map((block) => {
    const lines = block.split("\n").filter((line) => {
      const name = DROP.exec(line)?.[1];
      const rule = name && kept.find((k) => k.pattern.test(name));
      if (rule) removed.push(`${name}: ${rule.why}`);
      return !rule;
    });
    // A block whose only statement was removed keeps nothing but its "-- DropIndex" heading: drop it too.
    return lines.every((line) => !line.trim() || line.trim().startsWith("--")) &&
      lines.length < block.split("\n").length
      ? ""
      : lines.join("\n");
  });
  const rest = blocks.filter((b) => b.trim()).join("\n\n");
  return { sql: rest ? `${rest.trimEnd()}\n` : "", removed };
}
