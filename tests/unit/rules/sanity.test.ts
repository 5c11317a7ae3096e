import { describe, expect, it } from "vitest";
import { BASE, DEPLOYER, MODEL, run } from "./helpers";

describe("baseline profiles", () => {
  it("a complete minimal-risk provider profile is final", () => {
    const r = run({});
    expect(r.openQuestions).toEqual([]);
    expect(r).toMatchObject({ tier: "minimal", inScope: true, disposition: "final", roles: ["provider"] });
  });
  it("a complete deployer profile is final", () => {
    const r = run({}, undefined, DEPLOYER);
    expect(r.openQuestions).toEqual([]);
    expect(r.roles).toEqual(["deployer"]);
  });
  it("a complete GPAI model profile is final", () => {
    const r = run({}, undefined, MODEL);
    expect(r.openQuestions).toEqual([]);
    expect(r.tier).toBe("gpai");
    expect(BASE.artefactType).toBe("ai_system");
  });
});
