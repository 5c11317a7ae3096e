import { z } from "zod";

// The same limit as the intake field (lib/validations/system.ts), so a unit created on the fly always fits a system.
export const BUSINESS_UNIT_MAX = 120;

const ZUnitName = z
  .string()
  .trim()
  .min(1, "Enter the unit's name.")
  .max(BUSINESS_UNIT_MAX, `Use at most ${BUSINESS_UNIT_MAX} characters.`);

const ZUnitId = z.string().trim().min(1).max(64);

export const ZCreateBusinessUnit = z.object({ name: ZUnitName });
export type TCreateBusinessUnit = z.input<typeof ZCreateBusinessUnit>;

export const ZRenameBusinessUnit = z.object({ unitId: ZUnitId, name: ZUnitName });
export type TRenameBusinessUnit = z.input<typeof ZRenameBusinessUnit>;

export const ZMergeBusinessUnits = z
  .object({ fromId: ZUnitId, intoId: z.string().trim().min(1, "Choose the unit to merge into.").max(64) })
  .refine((v) => v.fromId !== v.intoId, { path: ["intoId"], message: "Choose a different unit to merge into." });
export type TMergeBusinessUnits = z.input<typeof ZMergeBusinessUnits>;

export const ZBusinessUnitRef = z.object({ unitId: ZUnitId });
