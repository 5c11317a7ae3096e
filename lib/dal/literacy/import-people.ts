import "server-only";
import Papa from "papaparse";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LITERACY_IMPORT_MAX_ROWS, ZPersonFields } from "@/lib/validations/literacy";

// CSV import of staff (most have no Actlas account). All or nothing: any bad row imports nothing and every error is
// listed by row, column and value, with the allowed values where there is a list. A person already in the register
// (same e-mail, any case) is skipped, so the same file can be imported twice.

export const PEOPLE_COLUMNS = [
  { key: "name", label: "Name", required: true },
  { key: "email", label: "E-mail", required: true },
  { key: "jobRole", label: "Job role", required: false },
  { key: "unit", label: "Business unit", required: false },
] as const;
type Key = (typeof PEOPLE_COLUMNS)[number]["key"];

export type PeopleImportError = { row: number; column: string; value: string; message: string };
export type PeopleImportResult = { created: number; skipped: number; errors: PeopleImportError[] };

const norm = (h: string) => h.toLowerCase().replace(/[^a-z]/g, "");
const ALIASES: Record<string, Key> = {
  name: "name",
  email: "email",
  mail: "email",
  jobrole: "jobRole",
  role: "jobRole",
  businessunit: "unit",
  unit: "unit",
};

function fail(message: string): never {
  throw new AppError("VALIDATION", message, { fieldErrors: { csv: [message] } });
}

export async function importPeople(actor: Actor, csv: string): Promise<PeopleImportResult> {
  const member = await authorize(actor, "system.write");
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const columnOf = new Map<Key, string>();
  for (const h of headers) {
    const key = ALIASES[norm(h)];
    if (key && !columnOf.has(key)) columnOf.set(key, h);
  }
  const missing = PEOPLE_COLUMNS.filter((c) => c.required && !columnOf.has(c.key)).map((c) => c.label);
  if (missing.length > 0)
    fail(
      `The header row needs the column${missing.length > 1 ? "s" : ""} ${missing.join(" and ")} (columns: ${PEOPLE_COLUMNS.map((c) => c.label).join(", ")}).`,
    );
  if (parsed.data.length > LITERACY_IMPORT_MAX_ROWS)
    fail(
      `The file has more than ${LITERACY_IMPORT_MAX_ROWS.toLocaleString("en")} rows; import at most that many at a time.`,
    );

  const org = member.organizationId;
  const [units, existing, members] = await Promise.all([
    db().businessUnit.findMany({ where: { organizationId: org }, select: { id: true, name: true } }),
    db().literacyPerson.findMany({ where: { organizationId: org }, select: { email: true } }),
    db().membership.findMany({
      where: { organizationId: org },
      select: { userId: true, user: { select: { email: true } } },
    }),
  ]);
  const unitByName = new Map(units.map((u) => [u.name.trim().toLowerCase(), u.id]));
  const allowedUnits = units
    .map((u) => u.name)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, 20)
    .join(", ");
  const known = new Set(existing.map((p) => p.email.toLowerCase()));
  const userByEmail = new Map(members.map((m) => [m.user.email.toLowerCase(), m.userId]));

  const errors: PeopleImportError[] = [];
  const rows: { name: string; email: string; jobRole: string; businessUnitId: string | null }[] = [];
  let skipped = 0;
  parsed.data.forEach((record, index) => {
    const row = index + 2; // the header is row 1, as a spreadsheet numbers it
    const cell = (k: Key) => (columnOf.has(k) ? (record[columnOf.get(k) as string] ?? "") : "");
    const unitName = cell("unit").trim();
    const unitId = unitName ? unitByName.get(unitName.toLowerCase()) : null;
    if (unitId === undefined)
      errors.push({
        row,
        column: "Business unit",
        value: unitName,
        message: units.length
          ? `Not a business unit. Allowed: ${allowedUnits}.`
          : "The organisation has no business units yet; leave the column empty.",
      });
    const check = ZPersonFields.safeParse({
      name: cell("name"),
      email: cell("email"),
      jobRole: cell("jobRole"),
      businessUnitId: "",
    });
    if (!check.success) {
      for (const issue of check.error.issues) {
        const key = issue.path[0] as Key;
        const label = PEOPLE_COLUMNS.find((c) => c.key === key)?.label ?? String(key);
        errors.push({ row, column: label, value: cell(key), message: issue.message });
      }
      return;
    }
    if (known.has(check.data.email)) {
      skipped += 1;
      return;
    }
    known.add(check.data.email);
    rows.push({ ...check.data, businessUnitId: unitId ?? null });
  });
  if (errors.length > 0) return { created: 0, skipped: 0, errors };

  await db().$transaction(async (tx) => {
    await tx.literacyPerson.createMany({
      data: rows.map((r) => ({ ...r, organizationId: org, userId: userByEmail.get(r.email) ?? null })),
    });
    await writeAudit(tx, member, {
      action: "literacyPerson.imported",
      entityType: "Organization",
      entityId: org,
      after: { created: rows.length, skipped },
    });
  });
  return { created: rows.length, skipped, errors: [] };
}
