import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { withDataStamp } from "@/lib/dal/dashboard/internal/cache";
import { literacyHeadline, type LiteracyHeadline } from "@/lib/dal/literacy/internal/headline";
import { policyCoverageCounts } from "@/lib/dal/policies/coverage-counts";
import { frameworkSummaries } from "@/lib/dal/standards/crosswalk";
import { db } from "@/lib/db/client";
import { standardsFigure, type StandardsFigure } from "@/lib/dashboard/governance";
import { todayIso } from "@/lib/dates";
import type { FrameworkId } from "@/lib/standards";

// The governance programme beside the AI Act figures: the Art 4 literacy register, the policies and the standards
// crosswalk, organisation-wide (the dashboard's filters are about systems and duties, and do not apply). Every write
// to these registers is audited, which moves the organisation's data stamp, so the figures are kept against it like
// the rest of the dashboard; the day is part of the key, since trainings expire at midnight.

export type GovernanceDTO = {
  literacy: LiteracyHeadline;
  policies: {
    /** Policies with a published version, and how many of those every member of the audience acknowledged. */
    published: number;
    fullyAcknowledged: number;
    /** Over the published versions: audience members, and those who acknowledged. */
    audience: number;
    acknowledged: number;
    /** Versions submitted and not yet approved or sent back. */
    awaitingApproval: number;
  };
  standards: (StandardsFigure & { id: FrameworkId; name: string })[];
};

export async function getGovernanceFigures(actor: Actor, options: { today?: string } = {}): Promise<GovernanceDTO> {
  const { organizationId } = await authorize(actor, "dashboard.read");
  const today = options.today ?? todayIso();
  return structuredClone(
    await withDataStamp(organizationId, `dashboard:governance:${today}`, () =>
      computeGovernance(actor, organizationId, today),
    ),
  );
}

async function computeGovernance(actor: Actor, organizationId: string, today: string): Promise<GovernanceDTO> {
  const [literacy, coverages, awaitingApproval, frameworks] = await Promise.all([
    literacyHeadline(organizationId, today),
    policyCoverageCounts(actor),
    db().policyVersion.count({ where: { organizationId, status: "IN_APPROVAL" } }),
    frameworkSummaries(actor, today),
  ]);
  const published = [...coverages.values()];
  return {
    literacy,
    policies: {
      published: published.length,
      fullyAcknowledged: published.filter((c) => c.total > 0 && c.acknowledged === c.total).length,
      audience: published.reduce((sum, c) => sum + c.total, 0),
      acknowledged: published.reduce((sum, c) => sum + c.acknowledged, 0),
      awaitingApproval,
    },
    standards: frameworks.map(({ framework, summary }) => ({
      id: framework.id,
      name: framework.name,
      ...standardsFigure(summary),
    })),
  };
}
