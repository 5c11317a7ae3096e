import { describe, expect, it } from "vitest";
import { describeFacets, obligationsByRole, roleList, scopeText } from "@/lib/classification/describe-result";
import { classify, type TSystemProfile } from "@/lib/rules";
import { DEMO_PROFILES } from "@/prisma/seed/demo-profiles";

const result = (name: string) => classify(DEMO_PROFILES[name] as TSystemProfile, { asOf: "2026-11-22" });

describe("describing a result in plain words", () => {
  it("names the high-risk route with its date, the FRIA and the registration", () => {
    const lines = describeFacets(result("Retail credit scoring (ScoreOne)"));
    expect(lines).toContain("High-risk via Annex III 5(b): Chapter III duties from 2 Dec 2027");
    expect(lines).toContain("Fundamental rights impact assessment required (Art 27)");
    expect(lines.some((l) => l.startsWith("Registration in the EU database (Art 49(1)"))).toBe(true);
  });

  it("says whether an Art 5 or Art 50 duty applies already or from a date", () => {
    expect(describeFacets(result("Call-centre emotion analytics"))).toEqual([
      "Prohibited practice, Art 5(1)(f): applies since 2 Feb 2025",
    ]);
    expect(describeFacets(result("Customer service chatbot (Ava)"))).toEqual([
      "Transparency duty Art 50(1) (provider): applies since 2 Aug 2026",
    ]);
    expect(describeFacets(result("Internal LLM (DBI-GPT) fine-tuned in-house")).at(-1)).toMatch(
      /^General-purpose AI model \(duties limited to the modification\): Art /,
    );
  });

  it("groups obligations by role and words scope and roles", () => {
    const groups = obligationsByRole(result("Retail credit scoring (ScoreOne)"));
    expect(groups.map((g) => g.label)).toEqual(["Provider", "Deployer"]);
    expect(groups.every((g) => g.obligations.every((o) => o.role === g.role))).toBe(true);
    expect(roleList([])).toBe("No operator role");
    expect(scopeText(null)).toMatch(/not settled/);
    expect(scopeText(false)).toBe("Outside the scope of the AI Act.");
  });
});
