import { describe, expect, it } from "vitest";
import { intakeToProfile, type IntakeFacts } from "@/lib/classification/intake-to-profile";
import { ZSystemProfile } from "@/lib/rules";

const EMPTY: IntakeFacts = {
  sourcing: null,
  lifecycleStage: "PLANNED",
  placedOnMarketAt: null,
  memberStates: [],
  outputUsedInEu: null,
  affectedPersons: [],
  dataCategories: [],
};

describe("intakeToProfile", () => {
  it("answers nothing it cannot know except that a planned system is not yet on the market", () => {
    expect(intakeToProfile(EMPTY)).toEqual({ answers: { alreadyOnMarket: false }, hints: {} });
    expect(intakeToProfile({ ...EMPTY, lifecycleStage: "IN_PRODUCTION" }).answers).toEqual({});
  });

  it("takes output use, market date and activities from the intake, as answers the schema accepts", () => {
    const { answers, hints } = intakeToProfile({
      ...EMPTY,
      sourcing: "PROCURED",
      lifecycleStage: "IN_PRODUCTION",
      placedOnMarketAt: new Date("2024-06-01T00:00:00Z"),
      memberStates: ["DE", "AT"],
      outputUsedInEu: true,
    });
    expect(answers).toEqual({
      outputUsedInEu: true,
      activities: ["uses"],
      alreadyOnMarket: true,
      placedOnMarketDate: "2024-06-01",
    });
    expect(ZSystemProfile.safeParse(answers).success).toBe(true);
    expect(hints.placesOnEuMarket).toContain("DE, AT");
    expect(hints.activities).toContain("Bought from a vendor");
  });

  it("maps each sourcing to the operator activities it usually means", () => {
    expect(intakeToProfile({ ...EMPTY, sourcing: "BUILT_IN_HOUSE" }).answers.activities).toEqual(["develops", "uses"]);
    expect(intakeToProfile({ ...EMPTY, sourcing: "EMBEDDED_IN_PRODUCT" }).answers.activities).toEqual([
      "develops",
      "integrates_into_own_product",
    ]);
  });

  it("turns biometric data and sensitive affected groups into hints, never into answers", () => {
    const { answers, hints } = intakeToProfile({
      ...EMPTY,
      lifecycleStage: "PILOT",
      dataCategories: ["PERSONAL", "BIOMETRIC"],
      affectedPersons: ["EMPLOYEES", "CHILDREN"],
    });
    expect(answers).toEqual({});
    expect(Object.keys(hints).sort()).toEqual([
      "annex3Areas",
      "biometricCategorisation",
      "emotionInference",
      "exploitsVulnerabilities",
      "remoteBiometricIdentification",
    ]);
    expect(hints.annex3Areas).toContain("employment");
    expect(intakeToProfile({ ...EMPTY, affectedPersons: ["STUDENTS"] }).hints.annex3Areas).toContain("education");
  });

  it("says so when the intake places the system entirely outside the EU", () => {
    const { answers, hints } = intakeToProfile({ ...EMPTY, outputUsedInEu: false, memberStates: [] });
    expect(answers.outputUsedInEu).toBe(false);
    expect(hints.establishedInEu).toContain("no EU member state");
    expect(
      intakeToProfile({ ...EMPTY, memberStates: Array.from({ length: 27 }, (_, i) => `S${i}`) }).hints.placesOnEuMarket,
    ).toContain("all 27");
  });
});
