import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OverrideConfirm } from "@/app/(app)/systems/[id]/classification/override-confirm";
import { ImportErrorsTable } from "@/components/import/import-errors-table";
import { ImportReport } from "@/components/import/import-report";
import { MESSAGES } from "@/i18n/messages";
import { gateReasons, type GateFacts } from "@/lib/gate/reasons";
import type { CheckedCsv } from "@/lib/import/csv";
import type { RowError } from "@/lib/import/row-to-intake";
import type { ImportReportDTO } from "@/lib/import/stream";
import { formatDuration } from "@/lib/incidents/clock";
import { reminderDigestEmail } from "@/lib/mail/reminder-email";
import { verbFor } from "@/lib/plural";
import type { Obligation } from "@/lib/rules";

// The places people read a count: each says "1 thing" and "2 things", never "1 things" or "thing(s)".
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;|&quot;/g, "'")
    .replace(/\s+/g, " ");
// The import's words come from the messages, so it renders inside the English provider a page gives it.
const inEnglish = (element: ReactElement) =>
  h(
    NextIntlClientProvider,
    { locale: "en", messages: MESSAGES.en, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>,
    element,
  );

describe("reminder digest", () => {
  const digest = (n: number) =>
    reminderDigestEmail({
      to: "a@example.test",
      items: Array.from({ length: n }, (_, i) => ({ title: `Due ${i}`, url: `https://x.test/${i}` })),
      listUrl: "https://x.test/notifications",
      preferencesUrl: "https://x.test/settings",
    });
  it("counts one, two and none", () => {
    expect(digest(1).subject).toBe("[Actlas] 1 new reminder");
    expect(digest(1).text.startsWith("1 new reminder:")).toBe(true);
    expect(digest(2).subject).toBe("[Actlas] 2 new reminders");
    expect(digest(0).subject).toBe("[Actlas] 0 new reminders");
  });
});

const REPORT: ImportReportDTO = {
  dryRun: true,
  headers: ["name"],
  mapping: {} as ImportReportDTO["mapping"],
  missingRequired: [],
  total: 1,
  valid: 1,
  errors: [],
  created: 0,
  classified: 0,
  invalidRows: "refuse",
  duplicates: [],
  duplicatesKey: "",
  updated: 0,
  skipped: 0,
};
const FILE: CheckedCsv = { headers: ["name"], rows: 1, bytes: new Uint8Array(), cuts: [0] };
const report = (r: Partial<ImportReportDTO>) =>
  text(renderToStaticMarkup(inEnglish(h(ImportReport, { report: { ...REPORT, ...r }, file: FILE, name: "x.csv" }))));
const errorsIn = (rows: number[]): RowError[] =>
  rows.map((row) => ({ row, column: "name", value: "", message: "Name is required." }));

describe("import summary", () => {
  it("checks a file of one row, of two, and finds problems in one", () => {
    expect(report({ total: 1 })).toContain("The 1 row can be imported.");
    expect(report({ total: 2, valid: 2 })).toContain("All 2 rows can be imported.");
    expect(report({ total: 1, valid: 0, errors: errorsIn([2]) })).toContain(
      "1 problem in 1 of 1 row. Nothing was imported.",
    );
    expect(report({ total: 2, valid: 0, errors: errorsIn([2, 3]) })).toContain(
      "2 problems in 2 of 2 rows. Nothing was imported.",
    );
    expect(report({ total: 3, valid: 1, errors: errorsIn([2, 3]), invalidRows: "leave" })).toContain(
      "You can import the 1 row without problems now",
    );
  });

  it("reports an import of one system, one skip and one row left out", () => {
    const html = report({ dryRun: false, total: 3, created: 1, classified: 1, skipped: 1, errors: errorsIn([4]) });
    expect(html).toContain("Imported 1 new AI system");
    expect(html).toContain("Skipped 1 row that names a system you already have (or repeats an earlier row).");
    expect(html).toContain("1 was classified from the answers in the file.");
    expect(html).toContain("Left out 1 row with problems: download it below to fix.");
    expect(html).toContain("Download the 1 row with problems");
    const two = report({ dryRun: false, total: 4, created: 2, skipped: 2, errors: errorsIn([4, 5]) });
    expect(two).toContain("Imported 2 new AI systems");
    expect(two).toContain("Skipped 2 rows that name systems you already have (or repeat an earlier row).");
    expect(two).toContain("Left out 2 rows with problems: download them below to fix.");
  });

  it("captions the problems table", () => {
    expect(text(renderToStaticMarkup(inEnglish(h(ImportErrorsTable, { errors: errorsIn([2]) }))))).toContain(
      "1 problem in 1 row",
    );
    expect(text(renderToStaticMarkup(inEnglish(h(ImportErrorsTable, { errors: errorsIn([2, 2, 3]) }))))).toContain(
      "3 problems in 2 rows",
    );
  });
});

describe("override confirmation", () => {
  const duty = { code: "art50.x", role: "deployer", title: "Tell people", article: "Art 50(3)" } as Obligation;
  const confirm = (removed: Obligation[]) =>
    text(
      renderToStaticMarkup(
        inEnglish(h(OverrideConfirm, { removed, engineTier: "LIMITED", overrideTier: "MINIMAL", checkbox: {} })),
      ),
    );
  it("says how many obligations the override takes off", () => {
    expect(confirm([duty])).toContain("takes 1 obligation off this system");
    expect(confirm([duty, { ...duty, code: "art50.y" }])).toContain("takes 2 obligations off this system");
  });
});

describe("gate reasons and the incident clock", () => {
  const facts: GateFacts = {
    systemVersion: 1,
    tier: "HIGH",
    disposition: "FINAL",
    run: { systemVersion: 1, ruleSetId: "rs" },
    currentRuleSetId: "rs",
    openBlockingObligations: [],
    openBreachTasks: [],
    today: new Date("2027-12-10T00:00:00Z"),
  };
  const breaches = (n: number) =>
    gateReasons({ ...facts, openBreachTasks: Array.from({ length: n }, (_, i) => ({ id: `${i}`, title: "t" })) })
      .reasons[0]?.message;
  it("agrees the breach count with its verb", () => {
    expect(breaches(1)).toBe("1 monitoring breach is still open.");
    expect(breaches(2)).toBe("2 monitoring breaches are still open.");
  });
  it("says 1 day, 1 hour, 1 minute", () => {
    const HOUR = 3_600_000;
    expect(formatDuration(25 * HOUR)).toBe("1 day, 1 hour");
    expect(formatDuration(2 * 24 * HOUR)).toBe("2 days");
    expect(formatDuration(60_000)).toBe("1 minute");
  });
  it("has a past tense for one", () => {
    expect(verbFor(1, "were")).toBe("was");
    expect(verbFor(2, "were")).toBe("were");
  });
});
