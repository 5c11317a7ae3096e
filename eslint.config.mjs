import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Props a person reads, and a literal in them that looks like words rather than a token ("https://…", "#").
const PROSE_PROPS = "/^(title|description|label|aria-label|placeholder|alt|hint|heading|caption)$/";
const PROSE = "/[A-Za-z]{2,} [A-Za-z]{2,}|^[A-Z][a-z]+$/";

// What reads the same in every language: punctuation, units, and names that are not translated.
const SYMBOLS = [..."· ( ) ): . , : — – − / × % … + - | → “ ” # = @ 0 v ms PDF SHA-256 404 Actlas".split(" "), ") ·"];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/db/generated/**",
      "tests/api-client/generated/**",
      "coverage/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "no-useless-catch": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // A file a reader can hold in their head: most stay under 150 lines, none passes 300 (split by concern instead).
    files: ["**/*.{ts,tsx,mts,mjs,cjs}"],
    rules: { "max-lines": ["error", { max: 300 }] },
  },
  {
    // Configuration is read and validated in lib/env.ts only; app code must not read process.env directly.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/env.ts", "lib/db/embedded-postgres.ts", "lib/db/migrate.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    // Server code logs through lib/log.ts (pino): JSON lines with the request id, secrets redacted. console output
    // has neither and bypasses LOG_LEVEL.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
    rules: { "no-console": "error" },
  },
  {
    // Interface text comes from messages/<locale> (issue #22): words typed straight into JSX, or into a prop a person
    // reads, would stay English for every reader. Symbols, units and product names read the same in every language;
    // a technical token (a header name, a DNS record) is written as {"…"} to say it is not prose.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        {
          allowedStrings: SYMBOLS,
        },
      ],
      "no-restricted-syntax": [
        "error",
        ...["", "JSXExpressionContainer > "].map((wrap) => ({
          selector: `JSXAttribute[name.name=${PROSE_PROPS}] > ${wrap}Literal[value=${PROSE}]`,
          message: "Text a person reads comes from the messages (useTranslations / getTranslations), not a literal.",
        })),
      ],
    },
  },
  {
    // The rules engine runs in the browser too and must stay free of framework and database imports.
    files: ["lib/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/lib/db/*", "@/lib/dal/*", "node:*"] },
      ],
    },
  },
];

export default config;
