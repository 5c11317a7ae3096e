import { z } from "zod";

// Art 4 register inputs: one schema in the browser and in the server action.

export const LEARNING_KINDS = [
  ["COURSE", "Course"],
  ["BRIEFING", "Briefing"],
  ["DOCUMENT", "Document"],
  ["EXTERNAL_CERTIFICATE", "External certificate"],
] as const;
export const OPERATOR_ROLES = [
  ["OPERATOR", "Operates"],
  ["OVERSIGHT", "Oversees"],
] as const;

const ZId = z.string().trim().min(1).max(64);
const ZOptionalId = z
  .string()
  .trim()
  .max(64)
  .transform((v) => v || null);
const ZDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    "Enter a real date.",
  )
  // Training records are recent; this also keeps years the database cannot store (year 0) out.
  .refine((v) => v >= "1900-01-01" && v <= "2199-12-31", "Enter a date between 1900 and 2199.")
  .meta({ format: "date", pattern: "^(19|20|21)\\d{2}-" });

export const ZPersonFields = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(200, "Use at most 200 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters.")
    .pipe(z.email("Enter an e-mail address.")),
  jobRole: z.string().trim().max(200, "Use at most 200 characters."),
  businessUnitId: ZOptionalId,
});
export const ZCreatePerson = ZPersonFields;
export type TCreatePerson = z.input<typeof ZCreatePerson>;
export const ZUpdatePerson = ZPersonFields.extend({ personId: ZId });
export type TUpdatePerson = z.input<typeof ZUpdatePerson>;
export const ZPersonRef = z.object({ personId: ZId });

export const ZLearningItem = z.object({
  title: z.string().trim().min(1, "Enter a title.").max(200, "Use at most 200 characters."),
  kind: z.enum(["COURSE", "BRIEFING", "DOCUMENT", "EXTERNAL_CERTIFICATE"], "Choose a kind."),
  description: z.string().trim().max(4000, "Use at most 4,000 characters."),
  // A text box in the form: "" means the training never needs a refresher.
  validityMonths: z
    .string()
    .trim()
    .regex(/^\d{0,3}$/, "Enter a whole number of months, or leave empty.")
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || (v >= 1 && v <= 120), "Enter between 1 and 120 months."),
  intendedRoles: z.string().trim().max(1000, "Use at most 1,000 characters."),
  allSystems: z.boolean(),
  systemIds: z.array(ZId).max(500),
});
export type TLearningItem = z.input<typeof ZLearningItem>;
export const ZUpdateLearningItem = ZLearningItem.extend({ itemId: ZId });
export const ZLearningItemRef = z.object({ itemId: ZId });

export const ZRecordCompletion = z.object({
  personId: z.string().trim().min(1, "Choose a person.").max(64),
  itemId: z.string().trim().min(1, "Choose a learning item.").max(64),
  completedOn: ZDay,
  expiresOn: z.union([z.literal(""), ZDay]).transform((v) => v || null),
  evidenceNote: z.string().trim().max(2000, "Use at most 2,000 characters."),
  evidenceUrl: z
    .string()
    .trim()
    .max(2000, "Use at most 2,000 characters.")
    .refine(
      (v) => v === "" || (/^https?:\/\//i.test(v) && URL.canParse(v)),
      "Enter a link starting with https:// or http://.",
    )
    .transform((v) => v || null),
});
export type TRecordCompletion = z.input<typeof ZRecordCompletion>;
export const ZCompletionRef = z.object({ completionId: ZId });

export const ZAssignOperator = z.object({
  systemId: z.string().trim().min(1, "Choose an AI system.").max(64),
  personId: z.string().trim().min(1, "Choose a person.").max(64),
  role: z.enum(["OPERATOR", "OVERSIGHT"], "Choose operates or oversees."),
});
export type TAssignOperator = z.input<typeof ZAssignOperator>;
// How many AI systems a person's page offers to assign them to (by name); every system's Overview reaches the rest.
export const SYSTEM_OPTIONS_LIMIT = 500;

// Pasted or uploaded CSV text, bounded before any parsing.
export const LITERACY_IMPORT_MAX_BYTES = 512 * 1024;
export const LITERACY_IMPORT_MAX_ROWS = 2000;
export const ZImportPeople = z.object({
  csv: z
    .string()
    .min(1, "Choose a CSV file or paste its rows.")
    .max(LITERACY_IMPORT_MAX_BYTES, `The file is larger than ${LITERACY_IMPORT_MAX_BYTES / 1024} KB. Split it.`),
});
export type TImportPeople = z.input<typeof ZImportPeople>;
