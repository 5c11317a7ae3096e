import { ask, note, type Ctx } from "../context";

const ART25_POINTS = {
  own_name_on_high_risk: ["Art 25(1)(a)", "you put your name or trademark on a high-risk system already on the market"],
  substantial_modification: [
    "Art 25(1)(b)",
    "you made a substantial modification to a high-risk system that remains high-risk",
  ],
  changed_intended_purpose: [
    "Art 25(1)(c)",
    "you changed the intended purpose of a system (including a general-purpose AI system) so that it is high-risk",
  ],
} as const;

/**
 * Art 25(1) and 25(3): a deployer, importer, distributor or product manufacturer becomes
 * the provider of a high-risk system. Runs after the high-risk gates because every
 * route into Art 25 needs the high-risk result.
 */
export function applyRoleChanges(ctx: Ctx, isHighRisk: boolean): void {
  if (ctx.roles.has("product_manufacturer") && ctx.annex1?.section === "A" && !ctx.roles.has("provider")) {
    ctx.roles.add("provider");
    note(
      ctx,
      "roles",
      "roles.product_manufacturer_provider",
      "applies",
      "As product manufacturer placing the high-risk AI safety component with your product under your name, you are its provider.",
      "Art 25(3)",
    );
  }
  if (!isHighRisk) return;
  if (!(ctx.roles.has("deployer") || ctx.roles.has("importer") || ctx.roles.has("distributor"))) return;
  // A deployer or reseller that also ticked "under our own name" is already a provider: the Art 25 answer is then
  // only read (never asked) to give the true reason, so roles, obligations and open questions stay as they were.
  const alreadyProvider = ctx.roles.has("provider");
  const actions = alreadyProvider ? ctx.p.art25Actions : ask(ctx, "art25Actions");
  if (actions === undefined || actions.length === 0) return;
  if (alreadyProvider) ctx.findings = ctx.findings.filter((f) => f.code !== "roles.provider");
  ctx.roles.add("provider");
  for (const action of actions) {
    const [citation, reason] = ART25_POINTS[action];
    note(
      ctx,
      "roles",
      `roles.art25.${action}`,
      "applies",
      `You become the provider because ${reason}, with all Art 16 duties.`,
      citation,
    );
  }
  note(
    ctx,
    "roles",
    "roles.art25_cooperation",
    "info",
    "The initial provider must cooperate and hand over documentation, known limitations and technical access, unless it clearly excluded turning the system into a high-risk one.",
    "Art 25(2)",
  );
}
