import fc from "fast-check";
import { QUESTIONNAIRE, type TSystemProfile } from "@/lib/rules";

const FLOPS = [0, 1e22, 3e22, 1e23, 2e23, 1e24, 3e24, 1e25, 2e25, 1e26];
const DATES = [
  "2024-06-01",
  "2025-05-01",
  "2025-08-01",
  "2026-01-15",
  "2026-08-01",
  "2027-06-01",
  "2028-01-01",
  "2029-01-01",
];
export const AS_OF_DATES = [
  "2025-01-01",
  "2025-02-02",
  "2026-07-27",
  "2026-08-02",
  "2026-12-01",
  "2026-12-02",
  "2027-08-02",
  "2027-12-02",
  "2028-08-02",
  "2031-01-01",
];

/** Any schema-valid profile, built from the questionnaire so new questions are covered automatically. */
function answer(q: (typeof QUESTIONNAIRE)[number]["questions"][number]): fc.Arbitrary<unknown> {
  const values = (q.options ?? []).map((o) => o.value);
  switch (q.type) {
    case "boolean":
      return fc.boolean();
    case "number":
      return fc.constantFrom(...FLOPS);
    case "date":
      return fc.constantFrom(...DATES);
    case "single":
      return fc.constantFrom(...values);
    case "multi":
      return fc.subarray(values);
  }
}

const model: Record<string, fc.Arbitrary<unknown>> = {};
for (const q of QUESTIONNAIRE.flatMap((g) => g.questions)) model[q.id] = answer(q);

export const anyProfile = fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<TSystemProfile>;
export const anyAsOf = fc.constantFrom(...AS_OF_DATES);
