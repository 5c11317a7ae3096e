import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { csvParts } from "@/lib/import/csv";
import { ImportLimitError } from "@/lib/import/limits";
import { checkCsvText } from "@/lib/import/upload";
import { csvHeaderNames } from "@/lib/csv/header-i18n";
import { csvValueNames } from "@/lib/csv/value-i18n";
import { enumCell, normHeader, RISK_IMPORT_COLUMNS, type RiskImportKey } from "@/lib/validations/risks-csv";
import { ZCreateRisk, type CreateRiskInput } from "@/lib/validations/risks";
import { RISK_IMPORT_MAX_BYTES, RISK_IMPORT_MAX_ROWS } from "@/lib/validations/risks-csv";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { writeAuditBatch } from "@/lib/dal/systems/internal/system-import-audit";
import { riskSnapshot } from "./internal/risk-dto";
import { dataOf } from "./risks";

// CSV import into one system's risk register. Every row is checked with the form's own schema; any error imports
// nothing, and every error is listed by row, column and value. Owners are named by e-mail and must be members of
// this organisation. A risk whose title is already in the register (any case) is skipped, so a file can be imported
// twice. The file is read with the system import's guarded parser (lib/import), bounded before it is parsed.

export type RiskImportError = { row: number; column: string; value: string; message: string };
export type RiskImportResult = { created: number; skipped: number; errors: RiskImportError[] };

const MAX_ERRORS = 500;
const TX_OPTIONS = { timeout: 60_000, maxWait: 10_000 };
const ALIASES: Record<string, RiskImportKey> = {
  // A register exported in German or French has its header in that language: it imports all the same.
  ...Object.fromEntries(RISK_IMPORT_COLUMNS.flatMap((c) => csvHeaderNames(c.label).map((n) => [normHeader(n), c.key]))),
  owner: "ownerId",
  owneremail: "ownerId",
  nextreviewdate: "nextReviewDate",
  rights: "fundamentalRights",
};
const labelOf = (key: string) => RISK_IMPORT_COLUMNS.find((c) => c.key === key)?.label ?? key;
const ACCEPT_IN_APP =
  "Accepting a risk is its own signed step: import it with another treatment, or none, and accept it on the Risks tab.";

function fail(message: string): never {
  throw new AppError("VALIDATION", message, { fieldErrors: { csv: [message] } });
}

async function checked(csv: string) {
  if (Buffer.byteLength(csv, "utf8") > RISK_IMPORT_MAX_BYTES)
    fail("The file is larger than 1 MB. Split it into smaller files.");
  try {
    return await checkCsvText(csv);
  } catch (error) {
    if (error instanceof ImportLimitError) fail(error.message);
    throw error;
  }
}

export async function importRisks(actor: Actor, input: { systemId: string; csv: string }): Promise<RiskImportResult> {
  const member = await authorize(actor, "risk.write");
  const org = member.organizationId;
  const system = await db().aiSystem.findFirst({
    where: { id: input.systemId, organizationId: org },
    select: { id: true },
  });
  if (!system) throw notFound("AI system");
  const file = await checked(input.csv);
  if (file.rows > RISK_IMPORT_MAX_ROWS)
    fail(
      `The file has ${file.rows.toLocaleString("en")} rows; import at most ${RISK_IMPORT_MAX_ROWS.toLocaleString("en")} at a time.`,
    );
  const columnOf = new Map<RiskImportKey, string>();
  for (const h of file.headers) {
    const key = ALIASES[normHeader(h)];
    if (key && !columnOf.has(key)) columnOf.set(key, h);
  }
  const missing = RISK_IMPORT_COLUMNS.filter((c) => c.required && !columnOf.has(c.key)).map((c) => c.label);
  if (missing.length > 0)
    fail(
      `The header row needs the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. Start from the template.`,
    );

  const [members, existing] = await Promise.all([
    db().membership.findMany({
      where: { organizationId: org },
      select: { userId: true, user: { select: { email: true } } },
    }),
    db().risk.findMany({ where: { organizationId: org, systemId: system.id }, select: { title: true } }),
  ]);
  const userByEmail = new Map(members.map((m) => [m.user.email.toLowerCase(), m.userId]));
  const titles = new Set(existing.map((r) => r.title.trim().toLowerCase()));

  const errors: RiskImportError[] = [];
  const rows: CreateRiskInput[] = [];
  let skipped = 0;
  for await (const { records, first } of csvParts(file)) {
    records.forEach((record, index) => {
      const row = first + index + 2; // the header is row 1, as a spreadsheet numbers it
      const cell = (key: RiskImportKey) => {
        const header = columnOf.get(key);
        return header === undefined ? "" : (record[header] ?? "");
      };
      const rowErrors: RiskImportError[] = [];
      const problem = (key: RiskImportKey, message: string) =>
        rowErrors.push({ row, column: labelOf(key), value: cell(key), message });
      const coded = (key: "source" | "treatment" | "status") => {
        const result = enumCell(key, cell(key), csvValueNames);
        if ("error" in result) return void problem(key, result.error);
        if (key === "treatment" && result.value === "ACCEPT") return void problem(key, ACCEPT_IN_APP);
        return result.value;
      };
      const email = cell("ownerId").trim().toLowerCase();
      const ownerId = email ? userByEmail.get(email) : "";
      if (ownerId === undefined) problem("ownerId", "No member of this organisation has this e-mail address.");
      const values = {
        systemId: system.id,
        title: cell("title"),
        description: cell("description"),
        affectedPersons: cell("affectedPersons"),
        fundamentalRights: cell("fundamentalRights"),
        source: coded("source") || "MANUAL",
        likelihood: cell("likelihood").trim(),
        impact: cell("impact").trim(),
        residualLikelihood: cell("residualLikelihood").trim(),
        residualImpact: cell("residualImpact").trim(),
        treatment: coded("treatment") ?? "",
        mitigation: cell("mitigation"),
        ownerId: ownerId ?? "",
        nextReviewDate: cell("nextReviewDate"),
        status: coded("status") || "OPEN",
      };
      const parsed = ZCreateRisk.safeParse(values);
      if (!parsed.success)
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0]) as RiskImportKey;
          if (!rowErrors.some((e) => e.column === labelOf(key))) problem(key, issue.message);
        }
      if (rowErrors.length > 0 || !parsed.success) return void errors.push(...rowErrors);
      const title = parsed.data.title.toLowerCase();
      if (titles.has(title)) return void (skipped += 1);
      titles.add(title);
      rows.push(parsed.data);
    });
  }
  if (errors.length > 0) return { created: 0, skipped: 0, errors: errors.slice(0, MAX_ERRORS) };
  if (rows.length > 0) await insertAll(member, system.id, rows);
  return { created: rows.length, skipped, errors: [] };
}

// One transaction: the risks and their "risk.created" events (each risk's history starts as if added by hand).
async function insertAll(
  member: Awaited<ReturnType<typeof authorize>>,
  systemId: string,
  rows: CreateRiskInput[],
): Promise<void> {
  const { organizationId } = member;
  await db().$transaction(async (tx) => {
    const data = rows.map(dataOf);
    const created = await tx.risk.createManyAndReturn({
      data: data.map((d) => ({ ...d, organizationId, systemId })),
      select: { id: true, title: true },
    });
    const idByTitle = new Map(created.map((r) => [r.title, r.id]));
    await writeAuditBatch(
      tx,
      member,
      data.map((d) => ({
        action: "risk.created",
        entityType: "Risk",
        entityId: idByTitle.get(d.title) ?? "",
        systemId,
        after: riskSnapshot(d),
      })),
    );
  }, TX_OPTIONS);
}
