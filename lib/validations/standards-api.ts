import { z } from "zod";
import { ZDateTime } from "./api-common";

// The REST API's standards crosswalk shapes (read only): frameworks with their coverage, one framework's controls
// with what evidences each, and the ISO/IEC 42001 Statement of Applicability. Titles are Actlas's own wording.

export const CONTROL_STATUSES = ["evidenced", "partial", "gap", "nothing", "unmapped", "excluded"] as const;

export const ZFrameworkParams = z.object({
  framework: z.string().trim().min(1).max(40).describe("A framework id from GET /standards, e.g. iso-42001."),
});

export const ZCoverageSummaryApi = z
  .object({
    controls: z.number().int(),
    evidenced: z.number().int().describe("Every record the control maps to is done with evidence."),
    partial: z.number().int(),
    gap: z.number().int().describe("Nothing the control maps to is started."),
    nothing: z.number().int().describe("Mapped, but the organisation has no such records yet."),
    unmapped: z.number().int().describe("No Actlas record evidences this control."),
    excluded: z.number().int().describe("Excluded in the Statement of Applicability."),
  })
  .describe("How many controls are in each coverage state.");

const ZFrameworkHead = {
  id: z.string(),
  name: z.string(),
  edition: z.string(),
  description: z.string(),
  hasStatementOfApplicability: z.boolean(),
  coverage: ZCoverageSummaryApi,
  summaryText: z.string().describe('e.g. "23 of 38 controls fully evidenced, 9 partly, 6 gaps".'),
};

export const ZFrameworkListApi = z.object({
  mappingVersion: z.string().describe("The crosswalk's version; a change of a mapping is a new version."),
  ruleSetId: z.string(),
  data: z.array(z.object(ZFrameworkHead)),
});

export const ZControlTargetApi = z.object({
  kind: z.enum(["obligation", "risk", "literacy", "inventory"]),
  obligationCode: z.string().nullable().describe("The rule-set obligation code when kind is obligation."),
  article: z.string().describe("The AI Act article the mapping rests on."),
  label: z.string(),
  status: z.enum(["evidenced", "partial", "gap", "none"]),
  done: z.number().int(),
  total: z.number().int(),
  detail: z.string(),
});

export const ZControlApi = z.object({
  id: z.string().describe("The standard's own number."),
  group: z.string(),
  title: z.string().describe("A short title in Actlas's words, not the standard's text."),
  status: z.enum(CONTROL_STATUSES),
  obligationCodes: z.array(z.string()).describe("Rule-set obligation codes the control maps to."),
  targets: z.array(ZControlTargetApi),
});

export const ZFrameworkApi = z.object({
  ...ZFrameworkHead,
  mappingVersion: z.string(),
  gaps: z.array(z.string()).describe("Ids of the controls with a gap or partly evidenced, in the standard's order."),
  controls: z.array(ZControlApi),
});

export const ZSoaRowApi = z.object({
  controlId: z.string(),
  group: z.string(),
  title: z.string(),
  applicability: z
    .enum(["included", "excluded", "not_reviewed"])
    .describe("not_reviewed: nobody has decided yet; the control counts as included."),
  justification: z.string(),
  status: z.enum(CONTROL_STATUSES),
  evidencedBy: z.array(z.string()).describe("The Actlas records that evidence the control, each with its article."),
  decidedBy: z.string().nullable().describe("The member who decided; null if undecided or no longer a member."),
  decidedAt: ZDateTime.nullable(),
  version: z.number().int().describe("The decision's version (0: no decision yet)."),
});

export const ZSoaApi = z.object({
  framework: z.string(),
  mappingVersion: z.string(),
  ruleSetId: z.string(),
  coverage: ZCoverageSummaryApi,
  data: z.array(ZSoaRowApi),
});
