// The intended layering, checked by `npm run lint` (ARCHITECTURE: app → components → lib; lib/rules pure).
// tests/unit/lint/layers.test.ts proves each rule fails on a forbidden import, so a rule loosened by accident shows.
/* eslint-disable @typescript-eslint/no-require-imports -- dependency-cruiser loads its configuration as CommonJS */
const fs = require("node:fs");
const path = require("node:path");

const SOURCE_DIRS = ["app", "components", "lib"];

// dependency-cruiser cannot see the "use client" directive, so the config lists the files that carry it: their
// imports end up in the browser bundle, where the data layer and the Prisma client must never go.
function clientFiles(root) {
  const found = [];
  const walk = (dir) => {
    let entries = [];
    try {
      entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (
        /\.tsx?$/.test(entry.name) &&
        /^\s*["']use client["']/.test(fs.readFileSync(path.join(root, rel), "utf8"))
      )
        found.push(rel);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  return found;
}

const escape = (file) => file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Enforced since the last loop (lib/legal <-> lib/validations) was broken (issue #16).
const FOLDER_CYCLES = {
  name: "no-lib-folder-cycles",
  severity: "error",
  comment: "Folders of lib/ form layers: a loop between two of them means neither can be understood alone.",
  scope: "folder",
  from: { path: "^lib/" },
  to: { path: "^lib/", circular: true },
};

function layerRules(root = __dirname) {
  const client = clientFiles(root);
  return [
    FOLDER_CYCLES,
    {
      name: "no-circular",
      severity: "error",
      comment: "A file cycle makes load order matter and the pieces impossible to test apart.",
      from: {},
      to: { circular: true },
    },
    {
      name: "rules-engine-pure",
      severity: "error",
      comment: "The rules engine runs in the browser and in the CLI: it imports only itself and zod.",
      from: { path: "^lib/rules/" },
      to: { pathNot: ["^lib/rules/", "^node_modules/zod/"] },
    },
    {
      name: "lib-not-above",
      severity: "error",
      comment: "lib/ is the bottom layer: it must not reach up into routes or UI.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-not-app",
      severity: "error",
      comment: "Components are handed their server actions and data as props by the page; routes are app/'s concern.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "components-render-only",
      severity: "error",
      comment:
        "The page loads the data and hands components DTOs as props: a component that fetches its own data hides " +
        "queries from the page and cannot be rendered without a session. Types from the data layer are fine.",
      from: { path: "^components/" },
      to: { path: "^lib/(dal|db)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "client-not-server-data",
      severity: "error",
      comment:
        'A "use client" file ships to the browser: it may use the data layer\'s types but never its code or the database client.',
      from: { path: client.length ? `^(${client.map(escape).join("|")})$` : "^$" },
      to: { path: "^lib/(dal|db)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "client-one-language",
      severity: "error",
      comment:
        "A \"use client\" file ships to the browser: the rule set's and the schemas' catalogues hold every language. " +
        "The server translates and passes the words, or the root layout's reader catalogue (useValidationText) does.",
      from: { path: client.length ? `^(${client.map(escape).join("|")})$` : "^$" },
      to: { path: "^lib/(rules/i18n|validations/i18n)/index\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "dal-internal-private",
      severity: "error",
      comment:
        "Routes and components call the data layer's public entry points (lib/dal/<domain>/*.ts), which authorise; " +
        "internal/ helpers skip that check and jobs/ read across organisations.",
      from: { path: "^(app|components)/" },
      to: { path: "^lib/dal/([^/]+/internal|jobs)/" },
    },
    {
      name: "validations-below-dal",
      severity: "error",
      comment: "zod schemas run in the browser too and describe input, not storage: they never import the data layer.",
      from: { path: "^lib/validations/" },
      to: { path: "^lib/(dal|db)/" },
    },
  ];
}

module.exports = {
  forbidden: layerRules(),
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^lib/db/generated/", "\\.next/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

// For the test of this configuration (fixture trees have client files of their own). Not enumerable, because the
// CLI hands the configuration to a worker and a function cannot be copied there.
Object.defineProperty(module.exports, "layerRules", { value: layerRules, enumerable: false });
