import "server-only";
import { notFound } from "@/lib/dal/core/not-found";
import { frameworkSummaries, frameworkView } from "@/lib/dal/standards/crosswalk";
import { AppError } from "@/lib/errors";
import { CURRENT_RULE_SET_ID } from "@/lib/rules/registry";
import { isFrameworkId, STANDARDS_VERSION, type Framework, type FrameworkId } from "@/lib/standards";
import { summaryLine, type ControlCoverage, type FrameworkSummary } from "@/lib/standards/coverage";
import { targetLabel } from "@/lib/standards/soa";
import { ZFrameworkApi, ZFrameworkListApi, ZFrameworkParams, ZSoaApi } from "@/lib/validations/standards-api";
import { defineRoute, ok } from "../types";

// The standards crosswalk over the API (read scope), computed by the same data layer and pure functions as the
// /standards pages, so a dashboard or a GRC tool sees the figures a person sees.
const TAG = "Standards";

function frameworkOf(id: string): FrameworkId {
  if (!isFrameworkId(id)) throw notFound("framework");
  return id;
}

const head = (f: Framework, summary: FrameworkSummary) => ({
  id: f.id,
  name: f.name,
  edition: f.edition,
  description: f.summary,
  hasStatementOfApplicability: f.hasSoa,
  coverage: summary,
  summaryText: summaryLine(summary),
});

const control = ({ control: c, status, targets }: ControlCoverage) => ({
  id: c.id,
  group: c.group,
  title: c.title,
  status,
  obligationCodes: c.maps.flatMap((t) => (t.kind === "obligation" ? [t.code] : [])),
  targets: targets.map((t) => ({
    kind: t.target.kind,
    obligationCode: t.target.kind === "obligation" ? t.target.code : null,
    article: t.target.article,
    label: targetLabel(t.target),
    status: t.status,
    done: t.done,
    total: t.total,
    detail: t.detail,
  })),
});

export const standardsRoutes = [
  defineRoute({
    method: "GET",
    path: "/standards",
    operationId: "listStandards",
    tag: TAG,
    scope: "read",
    summary: "Frameworks of the crosswalk (ISO/IEC 42001, NIST AI RMF, NIST AI 600-1) with their coverage",
    description:
      "Coverage counts how many controls the organisation's records evidence fully, partly or not at all; controls excluded in the Statement of Applicability are counted apart.",
    response: ZFrameworkListApi,
    handler: async ({ actor }) =>
      ok({
        mappingVersion: STANDARDS_VERSION,
        ruleSetId: CURRENT_RULE_SET_ID,
        data: (await frameworkSummaries(actor)).map(({ framework, summary }) => head(framework, summary)),
      }),
  }),
  defineRoute({
    method: "GET",
    path: "/standards/{framework}",
    operationId: "getStandard",
    tag: TAG,
    scope: "read",
    summary: "One framework's controls with coverage, gaps and the obligation codes each maps to",
    description:
      "Each control with the Actlas records that evidence it (obligations by rule-set code with their AI Act article, the Art 9 risk register, the Art 4 literacy register, the classified inventory) and how far. An unknown framework is 404.",
    params: ZFrameworkParams,
    response: ZFrameworkApi,
    handler: async ({ actor, params }) => {
      const v = await frameworkView(actor, frameworkOf(params.framework));
      return ok({
        ...head(v.framework, v.summary),
        mappingVersion: STANDARDS_VERSION,
        gaps: v.controls.filter((c) => c.status === "gap" || c.status === "partial").map((c) => c.control.id),
        controls: v.controls.map(control),
      });
    },
  }),
  defineRoute({
    method: "GET",
    path: "/standards/{framework}/soa",
    operationId: "getStatementOfApplicability",
    tag: TAG,
    scope: "read",
    summary: "The Statement of Applicability (ISO/IEC 42001): include or exclude, with justification, per control",
    description:
      "Only frameworks with a Statement of Applicability have one (iso-42001); any other is 404. `version` is the decision's optimistic-lock version.",
    params: ZFrameworkParams,
    response: ZSoaApi,
    handler: async ({ actor, params }) => {
      const id = frameworkOf(params.framework);
      const v = await frameworkView(actor, id);
      if (!v.framework.hasSoa)
        throw new AppError("NOT_FOUND", `${v.framework.name} has no Statement of Applicability; try iso-42001.`);
      return ok({
        framework: id,
        mappingVersion: STANDARDS_VERSION,
        ruleSetId: CURRENT_RULE_SET_ID,
        coverage: v.summary,
        data: v.controls.map(({ control: c, status }) => {
          const d = v.decisions.get(c.id);
          return {
            controlId: c.id,
            group: c.group,
            title: c.title,
            applicability: !d ? "not_reviewed" : d.applicable ? "included" : "excluded",
            justification: d?.justification ?? "",
            status,
            evidencedBy: c.maps.map(targetLabel),
            decidedBy: d?.updatedByName ?? null,
            decidedAt: d ? d.updatedAt.toISOString() : null,
            version: d?.version ?? 0,
          };
        }),
      });
    },
  }),
];
