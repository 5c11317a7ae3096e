import type { Annex3Entry, Annex3Table } from "../../data/types";
import type { ANNEX3_AREAS } from "../../profile/options";
import { ask, assumeStricter, contested, includesAny, note, type Ctx } from "../context";
import { addAnnex3Point, matchBiometrics, matchCriticalInfrastructure } from "./annex3-biometrics";

type Area = Exclude<(typeof ANNEX3_AREAS)[number], "none" | "critical_infrastructure">;
const USE_FIELDS: Record<Area, keyof Annex3Table> = {
  education: "educationUses",
  employment: "employmentUses",
  essential_services: "essentialServicesUses",
  law_enforcement: "lawEnforcementUses",
  migration: "migrationUses",
  justice_democracy: "justiceUses",
};
const AREAS = Object.keys(USE_FIELDS) as Area[];
/** Every Annex III use of every area; each area's table has an entry for each of its uses. */
type Annex3Use = { [F in keyof Annex3Table]: keyof Annex3Table[F] }[keyof Annex3Table];

/** Art 6(2) with Annex III: a sub-point match, with the built-in exclusions as near-misses. */
export function checkAnnex3(ctx: Ctx): void {
  matchBiometrics(ctx);
  const areas = ask(ctx, "annex3Areas");
  if (areas === undefined) return;
  if (areas.includes("critical_infrastructure")) matchCriticalInfrastructure(ctx);
  for (const area of AREAS) {
    if (!areas.includes(area)) continue;
    const field = USE_FIELDS[area];
    const uses = ask(ctx, field) as readonly Annex3Use[] | undefined;
    const table = ctx.rs.annex3[field] as Record<Annex3Use, Annex3Entry>;
    for (const use of uses ?? []) matchUse(ctx, table[use]);
  }
}

function matchUse(ctx: Ctx, entry: Annex3Entry): void {
  if ("excluded" in entry) {
    note(ctx, "annex3", "annex3.near_miss", "does_not_apply", entry.excluded, entry.citation);
    return;
  }
  const citation = `Annex III ${entry.point}`;
  // Unanswered users do not rule a match out: the result stays high-risk until they are known.
  const users = entry.requiresUsers ? ask(ctx, "intendedUsers") : undefined;
  if (entry.requiresUsers && users !== undefined && !includesAny(users, entry.requiresUsers)) {
    note(
      ctx,
      "annex3",
      `annex3.${entry.point}_users`,
      "does_not_apply",
      `${entry.title} is high-risk only when used by or on behalf of the authorities Annex III names; that is not the case here.`,
      citation,
    );
    return;
  }
  if (entry.point.startsWith("3") && !isEducationInstitution(ctx)) return;
  if (entry.requiresProfiling && !profiles(ctx)) return;
  if (entry.requiresUsers) assumeStricter(ctx, "intendedUsers");
  if (entry.point.startsWith("3")) assumeStricter(ctx, "educationBodyType");
  addAnnex3Point(ctx, entry.point, `${entry.title}.`, citation);
}

function isEducationInstitution(ctx: Ctx): boolean {
  const body = ask(ctx, "educationBodyType");
  if (body === "certification_body") contested(ctx, "annex3", "certificationBodies");
  if (body === "other") {
    note(
      ctx,
      "annex3",
      "annex3.3_not_institution",
      "does_not_apply",
      "Annex III 3 concerns education and vocational-training institutions; this operator is not one.",
      "Annex III 3",
    );
    return false;
  }
  return true;
}

/** A use that is high-risk only as profiling (LED Art 3(4)); a blank is read the stricter way. */
function profiles(ctx: Ctx): boolean {
  const profiling = ask(ctx, "performsProfiling");
  if (profiling === false) {
    note(
      ctx,
      "annex3",
      "annex3.6_description_no_profiling",
      "does_not_apply",
      "Identifying a person from a description (clothing, height, where they were seen) uses no biometric data, so it is not biometric identification; without profiling it matches none of the Annex III 6 points.",
      "Annex III 1(a), 6(e); Art 3(35)",
    );
    return false;
  }
  assumeStricter(ctx, "performsProfiling");
  return true;
}
