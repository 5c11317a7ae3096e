// The layering rules of .dependency-cruiser.cjs (run by `npm run lint`) hold on the real tree and still catch each
// kind of forbidden import: a rule that stopped matching would otherwise pass silently.
import { createRequire } from "node:module";
import path from "node:path";
import { cruise, type ICruiseResult, type IForbiddenRuleType, type IViolation } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const FIXTURES = path.join(import.meta.dirname, "fixtures");
const require = createRequire(import.meta.url);
const config = require(path.join(ROOT, ".dependency-cruiser.cjs")) as {
  forbidden: IForbiddenRuleType[];
  options: { exclude: { path: string[] } };
  layerRules: (root: string) => IForbiddenRuleType[];
};

async function violations(baseDir: string, forbidden: IForbiddenRuleType[]): Promise<IViolation[]> {
  const { output } = await cruise(
    ["app", "components", "lib"],
    {
      baseDir,
      ruleSet: { forbidden },
      validate: true,
      tsPreCompilationDeps: true,
      doNotFollow: { path: "node_modules" },
      exclude: { path: config.options.exclude.path },
    },
    undefined,
    baseDir === ROOT ? { tsConfig: { fileName: path.join(ROOT, "tsconfig.json") } } : undefined,
  );
  return (output as ICruiseResult).summary.violations.filter((v) => v.rule.severity === "error");
}

const pairs = (found: IViolation[]) => found.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe("layering lint", () => {
  it("reports every forbidden import in the fixtures, each under its rule", async () => {
    const found = await violations(FIXTURES, config.layerRules(FIXTURES));
    expect(pairs(found)).toEqual(
      [
        "rules-engine-pure: lib/rules/engine.ts → lib/dal/records.ts",
        "validations-below-dal: lib/validations/schema.ts → lib/dal/records.ts",
        "components-not-app: components/settings-form.tsx → app/(app)/settings/actions.ts",
        "client-not-server-data: components/record-picker.tsx → lib/dal/records.ts",
        "components-render-only: components/record-picker.tsx → lib/dal/records.ts",
        "client-one-language: components/record-label.tsx → lib/validations/i18n/index.ts",
        // components/record-row.tsx imports only a type from the data layer, which is allowed.
        "components-render-only: components/record-summary.tsx → lib/dal/records.ts",
        "lib-not-above: lib/helper.ts → components/record-picker.tsx",
        "dal-internal-private: app/(app)/settings/page.ts → lib/dal/ledger/internal/rows.ts",
        "dal-internal-private: app/(app)/settings/page.ts → lib/dal/jobs/sweep.ts",
        // A cycle is reported once, from the file where the cruise first meets it.
        "no-circular: lib/cycle/first.ts → lib/cycle/second.ts",
        // Folders loop without any file loop: reported from both sides.
        "no-lib-folder-cycles: lib/alpha → lib/beta",
        "no-lib-folder-cycles: lib/beta → lib/alpha",
      ].sort(),
    );
  });

  it("finds no violation in the app, components and lib", async () => {
    const found = await violations(ROOT, config.forbidden);
    expect(pairs(found)).toEqual([]);
  }, 60_000);
});
