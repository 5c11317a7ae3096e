import { z } from "zod";
import { annexIvSection } from "@/lib/legal/annex-iv";
import { DEROGATION_FIELDS } from "@/lib/legal/derogation-fields";
import { MAX_FIELD_LENGTH, type LegalField } from "@/lib/legal/fields";
import { FRIA_FIELDS } from "@/lib/legal/fria-fields";

// One shape for every legal record form: the record's fields as text (content), plus owner, completeness, linked
// evidence and the version the editor started from (0 for a record not saved yet). Field errors are reported under
// "fields.<key>" as one path segment, so the server's flattened errors and the browser's resolver both land them
// next to the field they concern.

const ZId = z.string().trim().min(1).max(64);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const base = {
  systemId: ZId,
  version: z.number().int().min(0),
  ownerId: z.string().trim().max(64),
  complete: z.boolean(),
  evidenceIds: z.array(ZId).max(100, "Link at most 100 pieces of evidence."),
  fields: z.record(z.string(), z.string()),
};

type Issue = { key: string; message: string };

export function checkFields(defs: readonly LegalField[], values: Record<string, string>, complete: boolean): Issue[] {
  const issues: Issue[] = [];
  for (const f of defs) {
    const value = (values[f.key] ?? "").trim();
    if (value.length > MAX_FIELD_LENGTH)
      issues.push({ key: f.key, message: `Use at most ${MAX_FIELD_LENGTH.toLocaleString("en-GB")} characters.` });
    else if (value && f.kind === "date" && !(DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))))
      issues.push({ key: f.key, message: "Enter a date like 2027-03-01." });
    else if (value && f.kind === "select" && !f.options?.some((o) => o.value === value))
      issues.push({ key: f.key, message: "Choose one of the options." });
    else if (complete && f.required && !value)
      issues.push({ key: f.key, message: "Fill this in before marking the record complete, or untick “Complete”." });
  }
  return issues;
}

function report(ctx: z.RefinementCtx, issues: Issue[]): void {
  for (const i of issues) ctx.addIssue({ code: "custom", path: [`fields.${i.key}`], message: i.message });
}

export const ZAnnexIvSectionInput = z.object({ ...base, section: z.number().int() }).superRefine((v, ctx) => {
  const section = annexIvSection(v.section);
  if (!section)
    return void ctx.addIssue({ code: "custom", path: ["section"], message: "Annex IV has sections 1 to 9." });
  report(ctx, checkFields(section.fields, v.fields, v.complete));
});

export const PROFILING_BLOCKS =
  "A system that profiles natural persons is always high-risk (Art 6(3), third subparagraph): the derogation is unavailable, so this assessment cannot be marked complete.";

export const ZDerogationInput = z.object(base).superRefine((v, ctx) => {
  const issues = checkFields(DEROGATION_FIELDS, v.fields, v.complete);
  if (v.complete && v.fields.profiling === "yes" && !issues.some((i) => i.key === "profiling"))
    issues.push({ key: "profiling", message: PROFILING_BLOCKS });
  report(ctx, issues);
});

export const ZFriaInput = z.object(base).superRefine((v, ctx) => {
  const issues = checkFields(FRIA_FIELDS, v.fields, v.complete);
  const notified = (v.fields.notifiedOn ?? "").trim();
  if (notified && !(v.fields.authority ?? "").trim())
    issues.push({ key: "authority", message: "Name the authority you notified on that date." });
  report(ctx, issues);
});

export const ZSignOffDerogation = z.object({ systemId: ZId, version: z.number().int().min(1) });

export type TLegalRecordInput = z.input<typeof ZFriaInput>;
export type LegalRecordInput = z.output<typeof ZFriaInput>;
export type TAnnexIvSectionInput = z.input<typeof ZAnnexIvSectionInput>;
export type TSignOffDerogation = z.input<typeof ZSignOffDerogation>;
