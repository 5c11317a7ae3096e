import type { SystemExportRowDTO } from "@/lib/dal/systems/system-list";
import { csvHeaderIn } from "@/lib/csv/header-i18n";
import { csvRoleIn, csvValueIn } from "@/lib/csv/value-i18n";
import { csvStream } from "@/lib/http/export-streams";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { DISPOSITION_DISPLAY, NOT_DETERMINED, plannedTier } from "@/lib/classification/display";
import { LIFECYCLE_LABELS, TIER_DISPLAY } from "@/lib/validations/system-fields";

export const CSV_HEADER = [
  "ID",
  "Name",
  "Description",
  "Intended purpose",
  "Business unit",
  "Owner",
  "Owner email",
  "Vendor / provider",
  "Lifecycle stage",
  "Tier",
  "Possible tier",
  "Disposition",
  "Roles",
  "Obligations done",
  "Obligations applicable",
  "Classified at",
  "Updated at",
];

// While undetermined the stored tier is only a floor: "Tier" then reads "Not determined yet" (a spreadsheet filtered
// on "Minimal" must not pick it up as settled) and "Possible tier" carries the highest tier still possible.
function tierCells(s: SystemExportRowDTO): string[] {
  const possible = plannedTier(s);
  const tier = s.disposition === "UNDETERMINED" ? NOT_DETERMINED : s.tier ? TIER_DISPLAY[s.tier] : "Not classified";
  return [tier, possible ? TIER_DISPLAY[possible] : ""];
}

const toRecord =
  (locale: Locale) =>
  (s: SystemExportRowDTO): (string | number)[] => {
    const say = (english: string) => csvValueIn(locale, english);
    return [
      s.id,
      s.name,
      s.description,
      s.intendedPurpose,
      s.businessUnit,
      s.owner?.name ?? "",
      s.owner?.email ?? "",
      s.vendor,
      say(LIFECYCLE_LABELS[s.lifecycleStage]),
      ...tierCells(s).map(say),
      s.disposition ? say(DISPOSITION_DISPLAY[s.disposition]) : "",
      s.roles.map((role) => csvRoleIn(locale, role)).join("; "),
      s.obligationsDone,
      s.obligationsApplicable,
      s.classifiedAt?.toISOString() ?? "",
      s.updatedAt.toISOString(),
    ];
  };

/** The CSV file as a stream: header first (in `locale`), then each batch as the database delivers it. */
export const systemsCsvStream = (batches: AsyncIterable<SystemExportRowDTO[]>, locale: Locale = DEFAULT_LOCALE) =>
  csvStream(batches, csvHeaderIn(locale, CSV_HEADER), toRecord(locale));
