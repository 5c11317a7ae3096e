import { describe, expect, it } from "vitest";
import { EMPTY_INTAKE, ZSystemIntake, ZSystemIntakeUpdate, type TSystemIntakeInput } from "@/lib/validations/system";

const complete: TSystemIntakeInput = {
  ...EMPTY_INTAKE,
  name: "Credit scoring",
  intendedPurpose: "Score consumer credit applications.",
  businessUnit: "Retail Lending",
  lifecycleStage: "IN_PRODUCTION",
  memberStates: ["DE"],
  dataCategories: ["PERSONAL"],
};

function errorsOf(input: TSystemIntakeInput): Record<string, string> {
  const result = ZSystemIntake.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("the intake schema", () => {
  it("accepts a complete intake and turns form strings into stored values", () => {
    const parsed = ZSystemIntake.parse({
      ...complete,
      outputUsedInEu: "no",
      sourcing: "",
      placedOnMarketAt: "2024-06-30",
      ownerId: " ",
    });
    expect(parsed).toMatchObject({
      outputUsedInEu: false,
      sourcing: null,
      ownerId: null,
      lifecycleStage: "IN_PRODUCTION",
    });
    expect(parsed.placedOnMarketAt?.toISOString()).toBe("2024-06-30T00:00:00.000Z");
  });

  it("names every missing answer a full save needs, in one pass", () => {
    expect(Object.keys(errorsOf({ ...EMPTY_INTAKE, name: "X" })).sort()).toEqual([
      "businessUnit",
      "dataCategories",
      "intendedPurpose",
      "lifecycleStage",
      "memberStates",
      "name",
    ]);
  });

  it("lets a draft through with only a name", () => {
    expect(errorsOf({ ...EMPTY_INTAKE, isDraft: true, name: "Chatbot pilot" })).toEqual({});
    expect(errorsOf({ ...EMPTY_INTAKE, isDraft: true, name: " " })).toHaveProperty("name");
  });

  it("accepts “output used in the EU” instead of member states", () => {
    expect(errorsOf({ ...complete, memberStates: [], outputUsedInEu: "yes" })).toEqual({});
  });

  it.each(["2026-02-30", "01/03/2026", "1900-01-01"])("refuses the date %s", (placedOnMarketAt) => {
    expect(errorsOf({ ...complete, placedOnMarketAt }).placedOnMarketAt).toMatch(/real date/);
  });

  it("refuses “no personal data” together with personal data, even in a draft", () => {
    expect(
      errorsOf({ ...complete, isDraft: true, dataCategories: ["NON_PERSONAL", "BIOMETRIC"] }).dataCategories,
    ).toMatch(/cannot be combined/);
  });

  it("points at the duplicate model, version and dataset rows", () => {
    const errors = errorsOf({
      ...complete,
      models: [
        {
          name: "m",
          registryName: "",
          versions: [
            { version: "1", stage: "" },
            { version: " 1", stage: "" },
          ],
        },
        { name: "m", registryName: "", versions: [] },
      ],
      datasets: [
        { name: "d", description: "", uri: "" },
        { name: "d", description: "", uri: "ftp-not-a-uri" },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual([
      "datasets.1.name",
      "datasets.1.uri",
      "models.0.versions.1.version",
      "models.1.name",
    ]);
  });

  it("refuses codes that are not on the lists", () => {
    const input = { ...complete, memberStates: ["XX"], lifecycleStage: "LIVE" } as unknown as TSystemIntakeInput;
    expect(Object.keys(errorsOf(input))).toEqual(expect.arrayContaining(["memberStates.0", "lifecycleStage"]));
  });

  it("needs the loaded revision for an update", () => {
    expect(ZSystemIntakeUpdate.safeParse({ ...complete, id: "abc" }).success).toBe(false);
    expect(ZSystemIntakeUpdate.parse({ ...complete, id: "abc", expectedVersion: 3 })).toMatchObject({
      id: "abc",
      expectedVersion: 3,
    });
  });
});
