import { ask, includesAny, note, type Ctx } from "../context";

/**
 * Art 2(3), (4), (6) and (8): exclusions that take the whole artefact out of scope.
 * Art 2(10) is handled with roles and Art 2(12) after the tiers are known, because the
 * open-source exclusion depends on them. A settled exclusion is checked before asking,
 * so unanswered questions elsewhere do not hold it up.
 */
export function excludedEntirely(ctx: Ctx, isSystem: boolean): boolean {
  const p = ctx.p;
  if (p.militaryUse === "exclusively") {
    note(
      ctx,
      "exclusions",
      "exclusions.military",
      "excluded",
      "Used exclusively for military, defence or national-security purposes.",
      "Art 2(3)",
    );
    return true;
  }
  if (isSystem && p.thirdCountryAuthorityCooperation === true && p.cooperationSafeguardsAdequate === true) {
    note(
      ctx,
      "exclusions",
      "exclusions.international_cooperation",
      "excluded",
      "Used by a third-country public authority under an international law-enforcement or judicial cooperation agreement with adequate safeguards.",
      "Art 2(4)",
    );
    return true;
  }
  if (p.solelyScientificResearch === true) {
    note(
      ctx,
      "exclusions",
      "exclusions.scientific_research",
      "excluded",
      "Specifically developed and put into service for the sole purpose of scientific research and development.",
      "Art 2(6)",
    );
    return true;
  }
  if (p.preMarketResearchOnly === true && p.realWorldTesting === false) {
    note(
      ctx,
      "exclusions",
      "exclusions.pre_market_research",
      "excluded",
      "Research, testing and development before placing on the market or putting into service.",
      "Art 2(8)",
    );
    return true;
  }
  recordNearMisses(ctx, isSystem);
  return false;
}

function recordNearMisses(ctx: Ctx, isSystem: boolean): void {
  const military = ask(ctx, "militaryUse");
  if (military === "partly") {
    note(
      ctx,
      "exclusions",
      "exclusions.military_dual_use",
      "does_not_apply",
      "Dual use is not exclusive military use: the civilian or law-enforcement use brings the system into scope.",
      "Art 2(3); recital 24",
    );
  }
  // Read, not asked: who uses it never decides the exclusion, which turns on the purpose "whatever the entity".
  if (military !== undefined && includesAny(ctx.p.intendedUsers, ["military_defence"])) {
    note(
      ctx,
      "exclusions",
      "exclusions.military_user_in_scope",
      "does_not_apply",
      "Armed forces or defence bodies use it, but not exclusively for military, defence or national-security purposes: the exclusion turns on the purpose, whatever the entity, so the Act applies to this use.",
      "Art 2(3); recital 24",
    );
  }
  if (
    isSystem &&
    ask(ctx, "thirdCountryAuthorityCooperation") === true &&
    ask(ctx, "cooperationSafeguardsAdequate") === false
  ) {
    note(
      ctx,
      "exclusions",
      "exclusions.international_cooperation_no_safeguards",
      "does_not_apply",
      "The cooperation exclusion needs adequate safeguards for fundamental rights.",
      "Art 2(4)",
    );
  }
  ask(ctx, "solelyScientificResearch");
  if (ask(ctx, "preMarketResearchOnly") === true && ask(ctx, "realWorldTesting") === true) {
    note(
      ctx,
      "exclusions",
      "exclusions.real_world_testing",
      "does_not_apply",
      "Testing in real-world conditions is not excluded; it is governed by Arts 57-61 and 60a.",
      "Art 2(8); Arts 57-61, 60a",
    );
  }
}
