import "server-only";
import type { Actor } from "@/lib/access/actor";
import { FRAMEWORK_IDS, FRAMEWORKS, type Framework, type FrameworkId } from "@/lib/standards";
import { frameworkCoverage, type ControlCoverage, type FrameworkSummary } from "@/lib/standards/coverage";
import { listApplicability, type ApplicabilityDTO } from "./applicability";
import { coverageFacts } from "./coverage";

// One framework's controls judged on today's records, with the Statement of Applicability's decisions where the
// framework has one (an excluded control counts as excluded, not as a gap): what the pages and the REST API show.
// Everyone who reads the inventory reads it (system.read, in coverageFacts and listApplicability).

export type FrameworkView = {
  framework: Framework;
  controls: ControlCoverage[];
  summary: FrameworkSummary;
  /** Decisions by control id; always empty for a framework without a Statement of Applicability. */
  decisions: Map<string, ApplicabilityDTO>;
};

const excludedOf = (decisions: Map<string, ApplicabilityDTO>) =>
  new Set([...decisions.values()].filter((d) => !d.applicable).map((d) => d.controlId));

export async function frameworkView(actor: Actor, id: FrameworkId): Promise<FrameworkView> {
  const framework = FRAMEWORKS[id];
  const [facts, decisions] = await Promise.all([
    coverageFacts(actor),
    framework.hasSoa ? listApplicability(actor, id) : Promise.resolve(new Map<string, ApplicabilityDTO>()),
  ]);
  return { framework, decisions, ...frameworkCoverage(framework, facts, excludedOf(decisions)) };
}

/** Every framework's summary from one coverage query (of the records as they stand on `today`). */
export async function frameworkSummaries(
  actor: Actor,
  today?: string,
): Promise<{ framework: Framework; summary: FrameworkSummary }[]> {
  const soaIds = FRAMEWORK_IDS.filter((id) => FRAMEWORKS[id].hasSoa);
  const [facts, ...decided] = await Promise.all([
    coverageFacts(actor, today),
    ...soaIds.map((id) => listApplicability(actor, id)),
  ]);
  const decisions = new Map(soaIds.map((id, i) => [id, decided[i] ?? new Map<string, ApplicabilityDTO>()]));
  return FRAMEWORK_IDS.map((id) => {
    const framework = FRAMEWORKS[id];
    const excluded = excludedOf(decisions.get(id) ?? new Map());
    return { framework, summary: frameworkCoverage(framework, facts, excluded).summary };
  });
}
