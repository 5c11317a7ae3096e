import { z } from "zod";
import { BOM_LIMITS } from "@/lib/bom/limits";

const MB = BOM_LIMITS.bytes / (1024 * 1024);

// The options of a BOM import, from the page's form fields or the REST API's query string.
export const ZBomImportOptions = z.object({
  systemId: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => v || undefined)
    .describe("Attach the file's models and datasets to this AI system instead of the one metadata.component names."),
  apply: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true")
    .describe("true commits the import; false (the default) only answers what it would do."),
});
export type TBomImportOptions = z.output<typeof ZBomImportOptions>;

export const ZBomImport = z.object({
  text: z
    .string()
    .min(1, "Choose a CycloneDX or SPDX JSON file.")
    .max(BOM_LIMITS.bytes, `The file is over the limit of ${MB} MB.`),
  systemId: z.string().trim().max(60).optional(),
  apply: z.boolean(),
});
export type TBomImport = z.input<typeof ZBomImport>;

const ZChange = z.object({ name: z.string(), action: z.enum(["create", "update", "unchanged"]) });

// The REST answer: what the import did (apply=true) or would do (dry run), per kind of record.
export const ZBomImportResultApi = z.object({
  applied: z.boolean(),
  format: z.enum(["CycloneDX", "SPDX"]).describe("The file's format, told from the file itself."),
  specVersion: z.string().describe("The file's version of its format: CycloneDX 1.5 or 1.6, SPDX 3.0.1."),
  system: z.object({
    id: z.string().nullable().describe("null in a dry run that would create the system."),
    name: z.string(),
    action: z.enum(["create", "unchanged"]),
  }),
  models: z.array(ZChange),
  versions: z.array(ZChange).describe("Model versions, named “<model> <version>”."),
  datasets: z.array(ZChange),
  links: z.array(ZChange).describe("The system's links to the models and datasets."),
});

export const ZBomDocument = z
  .union([
    z
      .looseObject({ bomFormat: z.literal("CycloneDX"), specVersion: z.enum(["1.5", "1.6"]) })
      .describe("A CycloneDX 1.5 or 1.6 ML-BOM."),
    z
      .looseObject({ "@context": z.string(), "@graph": z.array(z.unknown()) })
      .describe("An SPDX 3.0.1 JSON-LD document with the AI and Dataset profiles."),
  ])
  .describe(
    "A CycloneDX 1.5/1.6 ML-BOM or an SPDX 3.0.1 JSON-LD document (up to 1 MB through the API), validated against its official JSON schema.",
  );
