import type { ObligationExportRowDTO } from "@/lib/dal/obligations/obligation-export";
import { STATUS_LABELS } from "@/lib/validations/obligation";
import { TIER_DISPLAY } from "@/lib/validations/system-fields";
import { isoDay } from "@/lib/dates";
import { csvHeaderIn } from "@/lib/csv/header-i18n";
import { csvRoleIn, csvValueIn } from "@/lib/csv/value-i18n";
import { ruleText } from "@/lib/rules/i18n";
import { csvStream, jsonArrayStream } from "@/lib/http/export-streams";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const HEADER = [
  "ID",
  "System ID",
  "System",
  "Business unit",
  "Tier",
  "Article",
  "Obligation",
  "Code",
  "Role",
  "Status",
  "Not applicable because",
  "Owner",
  "Owner email",
  "Due date",
  "Applies from",
  "Blocking",
  "Updated at",
];

const day = (d: Date | null) => isoDay(d) ?? "";

const toRecord =
  (locale: Locale) =>
  (o: ObligationExportRowDTO): string[] => {
    const say = (english: string) => csvValueIn(locale, english);
    return [
      o.id,
      o.system.id,
      o.system.name,
      o.system.businessUnit,
      o.system.tier ? say(TIER_DISPLAY[o.system.tier]) : "",
      o.article,
      ruleText(locale, o.title),
      o.code,
      csvRoleIn(locale, o.role),
      say(STATUS_LABELS[o.status]),
      o.notApplicableReason,
      o.owner?.name ?? "",
      o.owner?.email ?? "",
      day(o.dueDate),
      day(o.appliesFrom),
      say(o.blocking ? "yes" : "no"),
      o.updatedAt.toISOString(),
    ];
  };

// Formulas are neutralised by the writer: a title typed as "=cmd|…" must not run when the file is opened.
export const obligationsCsvStream = (
  batches: AsyncIterable<ObligationExportRowDTO[]>,
  locale: Locale = DEFAULT_LOCALE,
) => csvStream(batches, csvHeaderIn(locale, HEADER), toRecord(locale));

export const obligationsJsonStream = (batches: AsyncIterable<ObligationExportRowDTO[]>) =>
  jsonArrayStream(batches, (o) => ({
    ...o,
    dueDate: day(o.dueDate) || null,
    appliesFrom: day(o.appliesFrom),
    updatedAt: o.updatedAt.toISOString(),
  }));
