import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEMO_ORGANIZATION_NAME } from "@/prisma/seed/demo-users";
import { seedDemoOrganization } from "@/prisma/seed/seed-demo";

describe("demo seed classification", () => {
  it("classifies the demo systems through the app's path, with history, work in progress and reviews", async () => {
    await seedDemoOrganization();
    const org = await db().organization.findFirstOrThrow({ where: { name: DEMO_ORGANIZATION_NAME } });
    const systems = await db().aiSystem.findMany({ where: { organizationId: org.id }, include: { runs: true } });
    const byName = new Map(systems.map((s) => [s.name, s]));
    const tierOf = (name: string) => byName.get(name)?.tier;

    expect(systems).toHaveLength(33);
    expect(
      systems
        .filter((s) => s.tier === null)
        .map((s) => s.name)
        .sort(),
    ).toEqual([
      "Branch CCTV face recognition (proposal)",
      "Debt collection prioritisation",
      "Office occupancy sensing",
    ]);
    expect(tierOf("Retail credit scoring (ScoreOne)")).toBe("HIGH");
    expect(tierOf("CV screening and ranking (TalentRank)")).toBe("HIGH");
    expect(tierOf("Customer service chatbot (Ava)")).toBe("LIMITED");
    expect(tierOf("Call-centre emotion analytics")).toBe("PROHIBITED");
    expect(tierOf("Card transaction fraud detection")).toBe("MINIMAL");
    expect(tierOf("Internal LLM (DBI-GPT) fine-tuned in-house")).toBe("GPAI");
    expect(tierOf("Social scoring of customer trustworthiness (rejected idea)")).toBe("PROHIBITED");
    expect(tierOf("Offshore analytics for non-EU subsidiary")).toBe("OUT_OF_SCOPE");
    expect(byName.get("Infusion pump dosing module")?.roles).toContain("product_manufacturer");
    // Review flags only where a lawyer is needed (a disputed reading, a reviewer's open questions); a calendar point is a note.
    expect(
      systems
        .filter((s) => s.disposition === "REQUIRES_REVIEW")
        .map((s) => s.name)
        .sort(),
    ).toEqual(["Customer service chatbot (Ava)", "Employee performance analytics"]);
    expect(
      systems.filter((s) => s.disposition === "UNDETERMINED").map((s) => [s.name, s.tier, s.possibleTier]),
    ).toEqual([["Health insurance claims triage", "MINIMAL", "HIGH"]]);
    expect(byName.get("Retail credit scoring (ScoreOne)")?.runs).toHaveLength(2);
    expect(byName.get("Debt collection prioritisation")?.questionnaireDraft).toMatchObject({
      activities: ["develops", "uses"],
    });

    const working = await db().obligation.findMany({
      where: { organizationId: org.id, status: { in: ["DONE", "IN_PROGRESS"] } },
    });
    expect(working.filter((o) => o.status === "IN_PROGRESS").length).toBeGreaterThanOrEqual(5);
    expect(working.every((o) => o.ownerId)).toBe(true);
    expect(systems.filter((s) => s.obligationsDone > 0).length).toBeGreaterThan(10);
    const decisions = await db().reviewDecision.findMany({ where: { organizationId: org.id } });
    expect(decisions.map((d) => d.decision).sort()).toEqual(["CONFIRMED", "CONFIRMED", "REQUIRES_REVIEW"]);
    expect(byName.get("Mortgage affordability assistant")?.disposition).toBe("FINAL");
  });
});
