import type { Role } from "../../types";
import { ask, includesAny, note, type Ctx } from "../context";

/** Art 3(3)-(8) and 3(11): the organisation's roles for this system, before Art 25 changes. */
export function assignRoles(ctx: Ctx): void {
  const activities = ask(ctx, "activities");
  if (activities === undefined) {
    ctx.scopeUndetermined = true;
    return;
  }
  const has = activities.includes.bind(activities);
  // Own use counts as putting into service (Art 3(11)), so in-house build plus use is provider and deployer.
  if (has("markets_under_own_name") || (has("develops") && has("uses"))) {
    ctx.roles.add("provider");
    note(ctx, "roles", "roles.provider", "applies",
      "You develop the system or have it developed and place it on the market or put it into service under your own name, including for your own use.", "Art 3(3), Art 3(11)");
  } else if (has("develops")) {
    note(ctx, "roles", "roles.contract_developer", "info",
      "Developing for another organisation that markets the system under its own name does not make you the provider.", "Art 3(3)");
  }
  if (has("uses")) {
    if (ask(ctx, "personalNonProfessionalUse") === true) {
      note(ctx, "exclusions", "exclusions.personal_use", "excluded",
        "A natural person using AI in a purely personal, non-professional capacity is not a deployer.", "Art 2(10), Art 3(4)");
    } else {
      ctx.roles.add("deployer");
      note(ctx, "roles", "roles.deployer", "applies", "You use the system under your authority.", "Art 3(4)");
    }
  }
  if (has("imports")) ctx.roles.add("importer");
  if (has("distributes")) ctx.roles.add("distributor");
  if (has("authorised_representative")) ctx.roles.add("authorised_representative");
  if (has("integrates_into_own_product")) ctx.roles.add("product_manufacturer");
}

/** Art 2(1): drops roles the Act does not reach; false when no role is reached. */
export function territorialScope(ctx: Ctx): boolean | null {
  const state = { reached: false, unknown: false };
  if (ctx.roles.has("provider")) keepIfReached(ctx, "provider", ask(ctx, "placesOnEuMarket"), state);
  if (ctx.roles.has("product_manufacturer")) keepIfReached(ctx, "product_manufacturer", ask(ctx, "placesOnEuMarket"), state);
  if (ctx.roles.has("deployer")) keepIfReached(ctx, "deployer", ask(ctx, "establishedInEu"), state);
  // Importers and authorised representatives are EU-located by definition; distributors supply the EU market.
  if (ctx.roles.has("importer") || ctx.roles.has("distributor") || ctx.roles.has("authorised_representative")) state.reached = true;
  if (state.reached) {
    note(ctx, "scope", "scope.territorial", "applies",
      "The Act reaches your role: you place the system on the EU market or put it into service there, use it in the EU, supply it in the EU, or its output is used in the EU.", "Art 2(1)(a)-(f)");
    return true;
  }
  if (state.unknown || ctx.p.activities === undefined) {
    ctx.scopeUndetermined = true;
    return null;
  }
  note(ctx, "scope", "scope.outside_eu", "does_not_apply",
    "Nothing is placed on the EU market or used in the EU, and no output is used in the EU.", "Art 2(1)");
  return false;
}

/** An undetermined role is kept (and inScope becomes null) rather than silently dropped. */
function keepIfReached(ctx: Ctx, role: Role, primary: boolean | undefined, state: { reached: boolean; unknown: boolean }): void {
  const reached = primary === true ? true : outputUsedInEu(ctx, primary);
  if (reached === false) ctx.roles.delete(role);
  else if (reached === null) state.unknown = true;
  else state.reached = true;
}

function outputUsedInEu(ctx: Ctx, primary: boolean | undefined): boolean | null {
  const output = ask(ctx, "outputUsedInEu");
  if (output === true) return true;
  return primary === undefined || output === undefined ? null : false;
}

export function isPublicAuthorityUse(ctx: Ctx): boolean {
  return includesAny(ask(ctx, "intendedUsers"), ["public_authority", "law_enforcement", "migration_authority", "judicial_authority"]);
}
