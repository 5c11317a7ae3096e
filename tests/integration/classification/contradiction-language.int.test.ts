import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { ruleText } from "@/lib/rules/i18n";
import { createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING } from "./profiles";

// Completing a run with answers that contradict each other is refused by the data layer in the engine's English;
// the person reads the refusal, and each clash next to its questions, in their language (issue #22).
const request = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { completeClassificationAction } = await import("@/app/(app)/systems/[id]/classify/actions");

// Two clashes at once: research only yet on the market, and a placing date in the future.
const CLASHING = {
  ...CV_SCREENING,
  preMarketResearchOnly: true,
  realWorldTesting: false,
  alreadyOnMarket: true,
  placedOnMarketDate: "2999-01-05",
};
const RESEARCH =
  "The system is said to be still only in research, testing or development, not yet launched or in real use, and also to be already placed on the market or put into service. The research exclusion covers only the time before that.";
const FUTURE =
  "The system or model is said to be already placed on the market or put into service, but the date given for that is still in the future.";

describe("a run refused for contradicting answers", () => {
  it.each(["de", "fr"] as const)("names each clash in %s, in the message and at its questions", async (locale) => {
    const org = await createOrganization("Clash language");
    const systemId = await createSystem(org.organizationId);
    request.actor = org.admin;
    const english = await completeClassificationAction({ systemId, answers: CLASHING });
    if (english.ok) throw new Error("completed");
    expect(english.error).toContain(RESEARCH);
    expect(english.error).toContain(FUTURE);

    request.actor = { ...org.admin, locale };
    const said = await completeClassificationAction({ systemId, answers: CLASHING });
    if (said.ok) throw new Error("completed");
    const [research, future] = [ruleText(locale, RESEARCH), ruleText(locale, FUTURE)];
    expect([research, future]).not.toContain(RESEARCH);
    expect(said.error).toMatch(
      locale === "de" ? /^Einige Antworten widersprechen sich/ : /^Certaines réponses se contredisent/,
    );
    expect(said.error).toContain(research);
    expect(said.error).toContain(future);
    expect(said.fieldErrors?.preMarketResearchOnly).toEqual([research]);
    expect(said.fieldErrors?.placedOnMarketDate).toEqual([future]);
  });
});
