import "server-only";
import type { Actor } from "@/lib/access/actor";
import { policyCoverages } from "@/lib/dal/policies/acknowledgements";
import { policyCoverageCounts, type PolicyCoverageCountDTO } from "@/lib/dal/policies/coverage-counts";
import { controlsOfPolicy } from "@/lib/dal/policies/control-links";
import { listPolicies, type PolicyListItemDTO } from "@/lib/dal/policies/list";
import { getPolicy } from "@/lib/dal/policies/policies";
import { ZPolicyApi, ZPolicyListItemApi, ZPolicyParams } from "@/lib/validations/policies-api";
import { paged, pageEnvelope, ZPageQuery } from "../pagination";
import { defineRoute, ok } from "../types";

// The organisation's AI policies over the API, read only (scope read), from the data layer behind the /policies
// pages: a GRC tool or an intranet sees the versions in force and how many of their audience acknowledged them.
const TAG = "Policies";
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const acknowledgements = (c: PolicyCoverageCountDTO | undefined) =>
  c
    ? {
        acknowledged: c.acknowledged,
        total: c.total,
        percent: c.total === 0 ? null : Math.round((100 * c.acknowledged) / c.total),
      }
    : null;

function listItem(p: PolicyListItemDTO, coverage: PolicyCoverageCountDTO | undefined) {
  return {
    id: p.id,
    title: p.title,
    kind: p.kind,
    ownerName: p.ownerName,
    latest: p.latest,
    current:
      p.published && coverage
        ? { id: coverage.versionId, number: p.published.number, publishedAt: iso(p.published.publishedAt) }
        : null,
    acknowledgements: acknowledgements(coverage),
  };
}

async function onePolicy(actor: Actor, policyId: string) {
  const [policy, coverages, controls] = await Promise.all([
    getPolicy(actor, policyId),
    policyCoverages(actor, policyId),
    controlsOfPolicy(actor, policyId),
  ]);
  const inForce = policy.versions.find((v) => v.status === "PUBLISHED");
  const latest = policy.versions[0];
  return {
    id: policy.id,
    title: policy.title,
    kind: policy.kind,
    ownerName: policy.ownerName,
    latest: latest ? { number: latest.number, status: latest.status } : { number: 0, status: "RETIRED" as const },
    current: inForce ? { id: inForce.id, number: inForce.number, publishedAt: iso(inForce.publishedAt) } : null,
    acknowledgements: acknowledgements(coverages.get(policy.id)),
    audience: { all: policy.audienceAll, roles: policy.audienceRoles, units: policy.audienceUnits },
    text: inForce?.body ?? null,
    approvedBy: inForce?.approvedByLabel || null,
    approvedAt: iso(inForce?.approvedAt ?? null),
    controls: controls.map((c) => ({ framework: c.framework, controlId: c.controlId, title: c.title })),
  };
}

export const policyRoutes = [
  defineRoute({
    method: "GET",
    path: "/policies",
    operationId: "listPolicies",
    tag: TAG,
    scope: "read",
    summary: "AI policies with the version in force and its acknowledgement coverage",
    description:
      "Every policy of the organisation by title. `acknowledgements` counts the current members of the audience who confirmed they read the version in force. Acknowledging is done by each person in the app: a token is not a person.",
    query: ZPageQuery,
    response: pageEnvelope(ZPolicyListItemApi),
    paginated: true,
    handler: async ({ actor, query, request }) => {
      const [policies, coverages] = await Promise.all([listPolicies(actor), policyCoverageCounts(actor)]);
      const start = (query.page - 1) * query.pageSize;
      const items = policies.slice(start, start + query.pageSize).map((p) => listItem(p, coverages.get(p.id)));
      return paged(request, items, {
        ...query,
        total: policies.length,
        hasMore: start + query.pageSize < policies.length,
      });
    },
  }),
  defineRoute({
    method: "GET",
    path: "/policies/{policyId}",
    operationId: "getPolicy",
    tag: TAG,
    scope: "read",
    summary: "One AI policy: its audience, the text in force (Markdown), coverage and linked controls",
    description:
      "One policy with the text of the version in force, its audience, its acknowledgement figures and the standards controls it is evidence for.",
    params: ZPolicyParams,
    response: ZPolicyApi,
    handler: async ({ actor, params }) => ok(await onePolicy(actor, params.policyId)),
  }),
];
