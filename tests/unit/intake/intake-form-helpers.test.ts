import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { toFormValues } from "@/lib/validations/system-form-values";
import { collectProblems } from "@/components/forms/error-summary";
import { byFormOrder, intakeLabelFor, type IntakeFieldsTranslate } from "@/components/intake/intake-labels";
import type { Locale } from "@/lib/i18n/locales";

const fieldsIn = (locale: Locale) =>
  createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: "IntakeFields",
  }) as unknown as IntakeFieldsTranslate;
import type { SystemDetailDTO } from "@/lib/dal/systems/systems";
import { ZSystemIntake } from "@/lib/validations/system";

describe("error summary helpers", () => {
  it("flattens nested errors into field names, in the order of the form", () => {
    const errors = {
      datasets: [undefined, { uri: { type: "custom", message: "Enter a full address" } }],
      name: { type: "too_small", message: "Enter a name" },
      models: { type: "server", message: "Check the models" },
    };
    const problems = collectProblems(errors as never).sort(byFormOrder);
    expect(problems).toEqual([
      { name: "name", message: "Enter a name" },
      { name: "models", message: "Check the models" },
      { name: "datasets.1.uri", message: "Enter a full address" },
    ]);
  });

  it.each([
    ["intendedPurpose", "Intended purpose"],
    ["models.1.name", "Model 2: name"],
    ["models.0.versions.2.version", "Model 1, version 3: version"],
    ["datasets.0.uri", "Dataset 1: location (URI)"],
  ])("labels %s as “%s”", (name, label) => {
    expect(intakeLabelFor(fieldsIn("en"), name)).toBe(label);
  });

  it.each([
    ["de", "models.0.versions.2.version", "Modell 1, Version 3: Version"],
    ["de", "datasets.0.uri", "Datensatz 1: Speicherort (URI)"],
    ["fr", "models.1.name", "Modèle 2 : nom"],
  ] as const)("labels a row's field in %s: %s as “%s”", (locale, name, label) => {
    expect(intakeLabelFor(fieldsIn(locale), name)).toBe(label);
  });
});

describe("loading a stored system into the form", () => {
  const stored = {
    name: "Fraud radar",
    description: "",
    intendedPurpose: "Flag suspicious payments.",
    businessUnit: "Payments",
    ownerId: null,
    vendor: "",
    sourcing: null,
    lifecycleStage: "IN_PRODUCTION",
    placedOnMarketAt: new Date("2023-05-01T00:00:00Z"),
    memberStates: ["NL"],
    outputUsedInEu: null,
    affectedPersons: ["CUSTOMERS"],
    affectedPersonsNote: "",
    automationLevel: "HUMAN_ON_THE_LOOP",
    humanOversight: "",
    dataCategories: ["PERSONAL"],
    isDraft: false,
    models: [
      {
        model: {
          id: "m1",
          name: "radar",
          registryName: null,
          versions: [
            { version: "2", stage: "Production" },
            { version: "1", stage: "Archived" },
          ],
        },
      },
    ],
    datasets: [{ dataset: { id: "d1", name: "payments", description: "", uri: "" } }],
  } as unknown as SystemDetailDTO;

  it("gives the raw values the form holds, oldest version first, and survives a round trip through the schema", () => {
    const values = toFormValues(stored);
    expect(values).toMatchObject({ ownerId: "", sourcing: "", outputUsedInEu: "", placedOnMarketAt: "2023-05-01" });
    expect(values.models[0]).toEqual({
      name: "radar",
      registryName: "",
      versions: [
        { version: "1", stage: "Archived" },
        { version: "2", stage: "Production" },
      ],
    });
    const parsed = ZSystemIntake.parse(values);
    expect(parsed).toMatchObject({
      lifecycleStage: "IN_PRODUCTION",
      memberStates: ["NL"],
      outputUsedInEu: null,
      automationLevel: "HUMAN_ON_THE_LOOP",
    });
  });
});
