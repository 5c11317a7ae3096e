import { z } from "zod";
import {
  AFFECTED_GROUPS,
  AUTOMATION_LEVELS,
  DATA_CATEGORIES,
  EU_MEMBER_STATES,
  LIFECYCLE_STAGES,
  SOURCINGS,
  type MemberStateCode,
} from "./system-fields";

// The one intake schema: the browser validates with it (react-hook-form) and the server action parses with it again.
// Form values are plain strings/arrays (what inputs hold); the parsed output is what the data-access layer stores.

const MEMBER_STATE_CODES = Object.keys(EU_MEMBER_STATES) as [MemberStateCode, ...MemberStateCode[]];
const LONG_TEXT = 4000;

const text = (max: number, tooLong = `Use at most ${max} characters.`) => z.string().trim().max(max, tooLong);
// "" means "not answered yet": selects start empty, and drafts may leave them so.
const optionalCode = <T extends readonly [string, ...string[]]>(codes: T, message: string) =>
  z.union([z.literal(""), z.enum(codes)], { error: message }).transform((v) => (v === "" ? null : (v as T[number])));

const ZDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isRealDate(v), "Enter a real date, like 2026-08-02.")
  .transform((v) => (v === "" ? null : new Date(`${v}T00:00:00Z`)))
  .meta({
    anyOf: [
      { type: "string", pattern: "^\\s*$" },
      { type: "string", format: "date" },
    ],
    description: '"" (or blank) or a real date (YYYY-MM-DD) from 1950 to 2100.',
  });

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && year >= 1950 && year <= 2100;
}

const uniqueList = <T extends readonly [string, ...string[]]>(codes: T, message: string) =>
  z.array(z.enum(codes, message)).transform((v) => [...new Set(v)]);

export const ZModelVersionRow = z.object({
  version: text(100).min(1, "Enter the version, like 3 or 2.1.0."),
  stage: text(60),
});

export const ZModelRow = z.object({
  name: text(200).min(1, "Enter the model's name."),
  registryName: text(200),
  versions: z.array(ZModelVersionRow).max(50, "List at most 50 versions.").describe("Each version once."),
});

export const ZDatasetRow = z.object({
  name: text(200).min(1, "Enter the dataset's name."),
  description: text(1000),
  uri: text(1000)
    .refine(
      (v) => v === "" || /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v),
      "Enter a full address, like s3://bucket/path or https://…",
    )
    .meta({
      pattern: "^(|[A-Za-z][A-Za-z0-9+.-]*://\\S+)$",
      description: '"" or an address with a scheme, like s3://bucket/path.',
    }),
});

const intakeShape = {
  isDraft: z.boolean(),
  name: text(200).min(2, "Enter a name of at least 2 characters."),
  description: text(LONG_TEXT),
  intendedPurpose: text(LONG_TEXT),
  businessUnit: text(120),
  ownerId: z
    .string()
    .trim()
    .max(60)
    .transform((v) => (v === "" ? null : v)),
  vendor: text(200),
  sourcing: optionalCode(SOURCINGS, "Choose how the system is sourced."),
  lifecycleStage: optionalCode(LIFECYCLE_STAGES, "Choose a lifecycle stage."),
  placedOnMarketAt: ZDate,
  memberStates: uniqueList(MEMBER_STATE_CODES, "Choose EU member states from the list."),
  outputUsedInEu: z.enum(["", "yes", "no"]).transform((v) => (v === "" ? null : v === "yes")),
  affectedPersons: uniqueList(AFFECTED_GROUPS, "Choose groups from the list."),
  affectedPersonsNote: text(LONG_TEXT),
  automationLevel: optionalCode(AUTOMATION_LEVELS, "Choose a degree of automation."),
  humanOversight: text(LONG_TEXT),
  dataCategories: uniqueList(DATA_CATEGORIES, "Choose data categories from the list.").meta({
    if: { contains: { const: "NON_PERSONAL" } },
    then: { maxItems: 1 },
    description: "NON_PERSONAL (no personal data) stands alone.",
  }),
  // checkIntake refuses a name listed twice, which JSON Schema cannot say of one property: the REST API's document
  // says it in words.
  models: z.array(ZModelRow).max(20, "Link at most 20 models.").describe("Each model name once."),
  datasets: z.array(ZDatasetRow).max(50, "Link at most 50 datasets.").describe("Each dataset name once."),
};

// What "Save" needs beyond a draft, plus consistency rules that hold for drafts too. It runs even when a field
// failed (`when`), so one attempt shows every problem; values may then still be raw, hence the defensive reads.
function checkIntake(value: unknown, ctx: z.RefinementCtx) {
  const v = (value ?? {}) as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(v[key]) ? (v[key] as unknown[]) : []);
  const blank = (key: string) => v[key] === "" || v[key] === null || v[key] === undefined;
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const dataCategories = list("dataCategories");
  if (v.isDraft !== true) {
    if (blank("intendedPurpose")) issue(["intendedPurpose"], "Describe the intended purpose, or save as a draft.");
    if (blank("businessUnit")) issue(["businessUnit"], "Enter the business unit, or save as a draft.");
    if (blank("lifecycleStage")) issue(["lifecycleStage"], "Choose a lifecycle stage, or save as a draft.");
    if (list("memberStates").length === 0 && blank("outputUsedInEu")) {
      issue(["memberStates"], "Choose at least one member state, or say whether the output is used in the EU.");
    }
    if (dataCategories.length === 0) issue(["dataCategories"], "Choose the data categories, or “No personal data”.");
  }
  if (dataCategories.includes("NON_PERSONAL") && dataCategories.length > 1) {
    issue(["dataCategories"], "“No personal data” cannot be combined with personal data categories.");
  }
  const models = list("models") as { name?: unknown; versions?: unknown }[];
  duplicates(models.map((m) => m?.name)).forEach((i) =>
    issue(["models", i, "name"], "This model is already listed above."),
  );
  models.forEach((m, mi) => {
    const versions = Array.isArray(m?.versions) ? (m.versions as { version?: unknown }[]) : [];
    duplicates(versions.map((x) => x?.version)).forEach((i) =>
      issue(["models", mi, "versions", i, "version"], "This version is already listed."),
    );
  });
  const datasets = list("datasets") as { name?: unknown }[];
  duplicates(datasets.map((d) => d?.name)).forEach((i) =>
    issue(["datasets", i, "name"], "This dataset is already listed above."),
  );
}

function duplicates(values: unknown[]): number[] {
  const seen = new Set<string>();
  return values.flatMap((raw, index) => {
    const value = typeof raw === "string" ? raw.trim() : "";
    if (!value || !seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [index];
  });
}

const ALWAYS = { when: () => true };

export const ZSystemIntake = z.object(intakeShape).superRefine(checkIntake, ALWAYS);
export type TSystemIntakeInput = z.input<typeof ZSystemIntake>;
export type TSystemIntake = z.output<typeof ZSystemIntake>;

// The edit form sends the intake plus the revision it loaded, so a save over someone else's change is refused.
export const ZSystemIntakeUpdate = z
  .object({ ...intakeShape, id: z.string().min(1).max(60), expectedVersion: z.number().int().positive() })
  .superRefine(checkIntake, ALWAYS);
export type TSystemIntakeUpdate = z.output<typeof ZSystemIntakeUpdate>;

export const EMPTY_INTAKE: TSystemIntakeInput = {
  isDraft: false,
  name: "",
  description: "",
  intendedPurpose: "",
  businessUnit: "",
  ownerId: "",
  vendor: "",
  sourcing: "",
  lifecycleStage: "",
  placedOnMarketAt: "",
  memberStates: [],
  outputUsedInEu: "",
  affectedPersons: [],
  affectedPersonsNote: "",
  automationLevel: "",
  humanOversight: "",
  dataCategories: [],
  models: [],
  datasets: [],
};
