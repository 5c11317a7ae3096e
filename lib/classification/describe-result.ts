import { ROLE_LABELS, type ClassificationResult, type FindingOutcome, type Role } from "@/lib/rules";
import { formatDate } from "@/lib/utils";

// Plain-language wording for the parts of an engine result, shared by the live panel and the classification tab.

export const OUTCOME_LABELS: Record<FindingOutcome, string> = {
  applies: "Applies",
  does_not_apply: "Does not apply",
  excluded: "Excluded",
  review: "Needs review",
  info: "Note",
};

export function roleList(roles: readonly Role[]): string {
  return roles.length ? roles.map((r) => ROLE_LABELS[r]).join(", ") : "No operator role";
}

export function scopeText(inScope: boolean | null): string {
  if (inScope === null) return "Scope not settled yet: answer the definition and territorial questions.";
  return inScope ? "Within the scope of the AI Act." : "Outside the scope of the AI Act.";
}

const whenText = (appliesFrom: string, appliesNow: boolean) =>
  appliesNow ? `applies since ${formatDate(appliesFrom)}` : `applies from ${formatDate(appliesFrom)}`;

/** One readable line per stacked facet (high-risk route, Art 50 duties, FRIA, registration, GPAI). */
export function describeFacets(result: ClassificationResult): string[] {
  const f = result.facets;
  const lines: string[] = [];
  for (const p of f.prohibitedPractices)
    lines.push(`Prohibited practice, Art ${p.point}: ${whenText(p.appliesFrom, p.appliesNow)}`);
  if (f.highRisk) {
    const legacy = f.highRisk.legacy
      ? " (legacy system under Art 111(2): duties only after a significant design change)"
      : "";
    lines.push(
      `High-risk via ${f.highRisk.annexPoints.join(", ")}: Chapter III duties from ${formatDate(f.highRisk.appliesFrom)}${legacy}`,
    );
  }
  if (f.derogation.claimed) {
    const validity =
      f.derogation.valid === null
        ? "validity not settled"
        : f.derogation.valid
          ? "conditions met"
          : "conditions not met";
    lines.push(`Art 6(3) derogation claimed: ${validity}`);
  }
  for (const a of f.art50)
    lines.push(
      `Transparency duty Art ${a.paragraph} (${ROLE_LABELS[a.role].toLowerCase()}): ${whenText(a.appliesFrom, a.appliesNow)}`,
    );
  if (f.friaRequired) lines.push("Fundamental rights impact assessment required (Art 27)");
  if (f.registrationRequired)
    lines.push(`Registration in the EU database (${f.registrationBasis.join(", ") || "Art 49"})`);
  if (f.gpai) {
    const kind = f.gpai.systemicRisk ? "General-purpose AI model with systemic risk" : "General-purpose AI model";
    const extras = [
      f.gpai.modifier && "duties limited to the modification",
      f.gpai.openSourceExemption && "open-source exemption",
    ].filter(Boolean);
    lines.push(`${kind}${extras.length ? ` (${extras.join("; ")})` : ""}: Art ${f.gpai.duties.join(", ")}`);
  }
  return lines;
}

/** Obligations grouped by role, in the engine's order. */
export function obligationsByRole(result: ClassificationResult) {
  const groups = new Map<Role, ClassificationResult["obligations"]>();
  for (const o of result.obligations) groups.set(o.role, [...(groups.get(o.role) ?? []), o]);
  return [...groups.entries()].map(([role, obligations]) => ({ role, label: ROLE_LABELS[role], obligations }));
}
