// Art 4 coverage, pure: a person is covered for a system when they hold a current completion (expiring on or after
// the day asked about) of an item meant for that system or for every system. Days are YYYY-MM-DD strings, compared
// as text, so no time zone can move a boundary.

export type CoverageCompletion = { personId: string; itemId: string; expiresOn: string | null };
export type CoverageItem = { id: string; allSystems: boolean; systemIds: string[] };
export type CoverageAssignment = { personId: string; systemId: string };

export type Coverage = { trained: number; total: number };

/** Days before its expiry from which a training is due for a refresher (the reminders and the dashboard). */
export const REFRESHER_WINDOW_DAYS = 30;

/** A completion counts up to and including its expiry day. */
export function isCurrent(expiresOn: string | null, today: string): boolean {
  return expiresOn === null || expiresOn >= today;
}

/** The systems each person is trained for today: a Set per person, "*" meaning every system. */
export function trainedSystems(
  completions: CoverageCompletion[],
  items: CoverageItem[],
  today: string,
): Map<string, Set<string>> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const trained = new Map<string, Set<string>>();
  for (const c of completions) {
    const item = byId.get(c.itemId);
    if (!item || !isCurrent(c.expiresOn, today)) continue;
    const set = trained.get(c.personId) ?? new Set<string>();
    if (item.allSystems) set.add("*");
    for (const id of item.systemIds) set.add(id);
    trained.set(c.personId, set);
  }
  return trained;
}

export function isCovered(trained: Map<string, Set<string>>, personId: string, systemId: string): boolean {
  const set = trained.get(personId);
  return !!set && (set.has("*") || set.has(systemId));
}

/** Trained / total operators and overseers per system; a system nobody is assigned to is absent (not 100 %). */
export function coverageBySystem(
  assignments: CoverageAssignment[],
  trained: Map<string, Set<string>>,
): Map<string, Coverage> {
  const seen = new Set<string>();
  const result = new Map<string, Coverage>();
  for (const a of assignments) {
    // One person who both operates and oversees a system counts once.
    const key = `${a.systemId}\u0000${a.personId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c = result.get(a.systemId) ?? { trained: 0, total: 0 };
    c.total += 1;
    if (isCovered(trained, a.personId, a.systemId)) c.trained += 1;
    result.set(a.systemId, c);
  }
  return result;
}

/**
 * Per business unit: of the assignments held by the unit's people, how many are covered (a person who operates
 * two systems counts twice, since each is a separate duty of training). People without a unit are under null.
 */
export function coverageByUnit(
  assignments: CoverageAssignment[],
  unitOf: Map<string, string | null>,
  trained: Map<string, Set<string>>,
): Map<string | null, Coverage> {
  const seen = new Set<string>();
  const result = new Map<string | null, Coverage>();
  for (const a of assignments) {
    const key = `${a.systemId}\u0000${a.personId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const unit = unitOf.get(a.personId) ?? null;
    const c = result.get(unit) ?? { trained: 0, total: 0 };
    c.total += 1;
    if (isCovered(trained, a.personId, a.systemId)) c.trained += 1;
    result.set(unit, c);
  }
  return result;
}

/** "No one assigned" rather than a misleading 100 % when there is nobody to train. */
export function coverageLabel(c: Coverage | undefined): string {
  if (!c || c.total === 0) return "No one assigned";
  return `${c.trained} of ${c.total} trained (${Math.round((100 * c.trained) / c.total)}%)`;
}

/** The expiry of a completion: given, else completedOn + validityMonths (end-of-month clamped), else none. */
export function expiryOf(completedOn: string, validityMonths: number | null): string | null {
  if (validityMonths === null) return null;
  const [y, m, d] = completedOn.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + validityMonths, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The rule set's code of the Art 4 duty whose status follows this coverage. */
export const AI_LITERACY_OBLIGATION = "general.ai_literacy";

/** A system's figure with how many of the untrained once held a training that has since expired. */
export type SystemCoverage = Coverage & { lapsed: number };

/** Full coverage of at least one person: the register itself is the evidence that the Art 4 duty is met. */
export function isFullyCovered(c: Coverage): boolean {
  return c.total > 0 && c.trained === c.total;
}

/** "4 of 6 operators and overseers trained, 1 refresher overdue", or why there is no figure. */
export function coverageSummary(c: SystemCoverage): string {
  if (c.total === 0) return "No one is assigned to operate or oversee this system yet";
  const base = `${c.trained} of ${c.total} ${c.total === 1 ? "operator or overseer" : "operators and overseers"} trained`;
  return c.lapsed > 0 ? `${base}, ${c.lapsed} ${c.lapsed === 1 ? "refresher" : "refreshers"} overdue` : base;
}
