// The benchmark's AI systems: one row per system number, a pure function of that number, so the same seed gives
// the same data and a second pass (the template map) agrees with the first without keeping rows in memory.
import type { Template } from "./seed-templates";
import { codeName, MEMBER_STATES, mix, pick, STAGES, UNITS, VENDORS } from "./seed-words";
import type { Cell } from "./copy";

export const SYSTEM_COLUMNS = [
  "id", "organizationId", "name", "description", "intendedPurpose", "businessUnit", "ownerId", "vendor", "sourcing",
  "lifecycleStage", "placedOnMarketAt", "memberStates", "outputUsedInEu", "affectedPersons", "affectedPersonsNote",
  "automationLevel", "humanOversight", "dataCategories", "isDraft", "tier", "disposition", "roles", "classifiedAt",
  "createdAt", "updatedAt",
];

export const systemId = (seq: number) => `bsys${String(seq).padStart(6, "0")}`;
export const runId = (seq: number) => `brun${String(seq).padStart(6, "0")}`;

/** Picks templates in proportion to their weights; heavier for templates with many duties, so ~10 per system. */
export function templatePicker(templates: Template[], targetPerSystem: number): (seq: number) => Template {
  const duties = templates.map((t) => t.run?.result.obligations.length ?? 0);
  let lo = 0, hi = 10;
  // Weight 1 + k·duties; bisection finds the k whose weighted mean of duties is the target.
  for (let i = 0; i < 40; i++) {
    const k = (lo + hi) / 2;
    const w = duties.map((d) => 1 + k * d);
    const mean = w.reduce((s, x, j) => s + x * pick(duties, j), 0) / w.reduce((s, x) => s + x, 0);
    if (mean < targetPerSystem) lo = k; else hi = k;
  }
  const weights = duties.map((d) => 1 + lo * d);
  const cumulative: number[] = [];
  weights.reduce((sum, w) => (cumulative.push(sum + w), sum + w), 0);
  const total = cumulative.at(-1);
  const last = templates.at(-1);
  if (total === undefined || last === undefined) throw new Error("templatePicker needs at least one template");
  return (seq) => {
    const r = (mix(seq, 1) / 2 ** 32) * total;
    return templates[cumulative.findIndex((c) => r < c)] ?? last;
  };
}

const DAY = 86_400_000;

export function systemRow(seq: number, organizationId: string, ownerIds: string[], template: Template, now: Date): Cell[] {
  const h = (salt: number) => mix(seq, salt);
  const base = template.system;
  const code = codeName(h(2) % 8000);
  const unit = h(3) % 4 === 0 ? base.businessUnit : pick(UNITS, h(4));
  const vendor = h(5) % 3 === 0 ? base.vendor : pick(VENDORS, h(6));
  const states = MEMBER_STATES.filter((_, i) => (h(7) >> i) & 1);
  const stage = pick(STAGES, h(8));
  const created = new Date(now.getTime() - (h(9) % 900) * DAY);
  const updated = new Date(created.getTime() + (h(10) % Math.max(1, Math.floor((now.getTime() - created.getTime()) / 1000))) * 1000);
  const run = template.run;
  return [
    systemId(seq), organizationId, `${base.name.replace(/ \(.*\)$/, "")} ${code} ${seq}`,
    `${base.description} Variant ${code} for ${unit}.`, base.intendedPurpose, unit,
    h(11) % 10 === 0 ? null : pick(ownerIds, h(12)), vendor, base.sourcing, stage, base.placedOnMarketAt,
    states.length ? states : ["DE"], base.outputUsedInEu, base.affectedPersons, base.affectedPersonsNote, base.automationLevel,
    base.humanOversight, base.dataCategories, h(13) % 50 === 0,
    run?.tier ?? null, run?.disposition ?? null, run?.roles ?? [], run ? updated : null, created, updated,
  ];
}
