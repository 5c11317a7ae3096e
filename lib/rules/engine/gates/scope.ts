import type { TSystemProfile } from "../../profile/schema";
import type { Role } from "../../types";
import { ask, includesAny, note, type Ctx } from "../context";

type Activity = NonNullable<TSystemProfile["activities"]>[number];

/** Roles that follow from one activity each, with why the Act gives the organisation that role and its duties. */
const SUPPLY_CHAIN_ROLES = [
  [
    "imports",
    "importer",
    "You are established in the EU and place on the EU market a system bearing the name or trademark of a company outside the EU. Before doing so you check its conformity assessment, documentation, CE marking and authorised representative.",
    "Art 3(6); Art 23",
  ],
  [
    "distributes",
    "distributor",
    "You make the system available on the EU market without being its provider or importer. Before doing so you check its CE marking, declaration of conformity and instructions for use.",
    "Art 3(7); Art 24",
  ],
  [
    "authorised_representative",
    "authorised_representative",
    "You are established in the EU and act for a provider outside the EU under its written mandate. For a high-risk system you check its conformity documents, keep them for 10 years, cooperate with authorities and handle its registration; for a general-purpose AI model the Art 54 tasks apply.",
    "Art 3(5); Art 22; Art 54",
  ],
  [
    "integrates_into_own_product",
    "product_manufacturer",
    "You place the AI system on the market or put it into service together with your own product, under your own name or trademark. If the product is covered by Annex I Section A and the AI system is its safety component, you are also the AI system's provider.",
    "Art 3(8); Art 25(3)",
  ],
] as const;

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
    const [reason, citation] = providerReason(has);
    note(ctx, "roles", "roles.provider", "applies", reason, citation);
  } else if (has("develops")) {
    note(
      ctx,
      "roles",
      "roles.contract_developer",
      "info",
      "Developing for another organisation that markets the system under its own name does not make you the provider.",
      "Art 3(3)",
    );
  }
  if (has("uses")) {
    if (ask(ctx, "personalNonProfessionalUse") === true) {
      // Only a natural person can use AI personally; an organisation saying so is a contradiction, named apart.
      note(
        ctx,
        "exclusions",
        "exclusions.personal_use",
        "excluded",
        "A natural person using AI in a purely personal, non-professional capacity is not a deployer.",
        "Art 2(10), Art 3(4)",
      );
    } else {
      ctx.roles.add("deployer");
      const individual = ctx.p.deployerEntityType === "natural_person";
      note(
        ctx,
        "roles",
        "roles.deployer",
        "applies",
        individual
          ? "You use the system under your authority. As a private individual you are a deployer because the use is professional; only purely personal, non-professional use is outside."
          : "You use the system under your authority.",
        individual ? "Art 3(4); Art 2(10)" : "Art 3(4)",
      );
    }
  }
  for (const [activity, role, reason, citation] of SUPPLY_CHAIN_ROLES) {
    if (!has(activity)) continue;
    if (role === "distributor" && (ctx.roles.has("provider") || ctx.roles.has("importer"))) {
      note(
        ctx,
        "roles",
        "roles.distributor_absorbed",
        "does_not_apply",
        "A distributor is an operator other than the provider or the importer: making the system available is covered by your duties as its provider or importer.",
        "Art 3(7)",
      );
      continue;
    }
    ctx.roles.add(role);
    note(ctx, "roles", `roles.${role}`, "applies", reason, citation);
  }
}

/** Art 3(3) names three ways to be a provider; the finding says which one the answers show. */
function providerReason(has: (a: Activity) => boolean): [string, string] {
  if (has("markets_under_own_name") && has("develops")) {
    return [
      "You develop the system (or have it developed) and place it on the market or put it into service under your own name or trademark.",
      "Art 3(3)",
    ];
  }
  if (has("markets_under_own_name")) {
    return [
      "You have the system developed by others and place it on the market or put it into service under your own name or trademark.",
      "Art 3(3)",
    ];
  }
  return [
    "You develop the system (or have it developed) and use it yourself: putting it into service for your own use makes you its provider as well as its deployer.",
    "Art 3(3), Art 3(11)",
  ];
}

/** Art 2(1): drops roles the Act does not reach; false when no role is reached. */
export function territorialScope(ctx: Ctx): boolean | null {
  const state = { reached: false, unknown: false };
  if (ctx.roles.has("provider")) keepIfReached(ctx, "provider", ask(ctx, "placesOnEuMarket"), state);
  if (ctx.roles.has("product_manufacturer"))
    keepIfReached(ctx, "product_manufacturer", ask(ctx, "placesOnEuMarket"), state);
  if (ctx.roles.has("deployer")) keepIfReached(ctx, "deployer", ask(ctx, "establishedInEu"), state);
  // Importers and authorised representatives are EU-located by definition; distributors supply the EU market.
  if (ctx.roles.has("importer") || ctx.roles.has("distributor") || ctx.roles.has("authorised_representative"))
    state.reached = true;
  if (state.reached) {
    note(
      ctx,
      "scope",
      "scope.territorial",
      "applies",
      "The Act reaches your role: you place the system on the EU market or put it into service there, use it in the EU, supply it in the EU, or its output is used in the EU.",
      "Art 2(1)(a)-(f)",
    );
    return true;
  }
  if (state.unknown || ctx.p.activities === undefined) {
    ctx.scopeUndetermined = true;
    return null;
  }
  note(
    ctx,
    "scope",
    "scope.outside_eu",
    "does_not_apply",
    "Nothing is placed on the EU market or used in the EU, and no output is used in the EU.",
    "Art 2(1)",
  );
  return false;
}

/** An undetermined role is kept (and inScope becomes null) rather than silently dropped. */
function keepIfReached(
  ctx: Ctx,
  role: Role,
  primary: boolean | undefined,
  state: { reached: boolean; unknown: boolean },
): void {
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
  // Armed forces and defence bodies are public authorities too when their use is in scope (not exclusively military).
  return includesAny(ask(ctx, "intendedUsers"), [
    "public_authority",
    "law_enforcement",
    "migration_authority",
    "judicial_authority",
    "military_defence",
  ]);
}
