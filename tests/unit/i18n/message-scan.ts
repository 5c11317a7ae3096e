import fs from "node:fs";
import path from "node:path";

export type Messages = { [key: string]: string | Messages };

export const MESSAGES_DIR = path.join(process.cwd(), "messages");
const SOURCE_DIRS = ["app", "components", "lib", "i18n"];

// A language's messages are one JSON file per area (messages/<locale>/<area>.json); a namespace lives in one file.
export function readMessages(locale: string): Messages {
  const merged: Messages = {};
  for (const file of areaFiles(locale)) {
    const area = readArea(locale, file);
    for (const [namespace, value] of Object.entries(area)) {
      if (namespace in merged) throw new Error(`${locale}: namespace ${namespace} is in more than one file`);
      merged[namespace] = value;
    }
  }
  return merged;
}

export function areaFiles(locale: string): string[] {
  return fs
    .readdirSync(path.join(MESSAGES_DIR, locale))
    .filter((name) => name.endsWith(".json"))
    .sort();
}

export function readArea(locale: string, file: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(MESSAGES_DIR, locale, file), "utf8")) as Messages;
}

// "Nav.dashboard" → "Dashboard": every leaf of a message tree by its dotted key.
export function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// A key counts as used when a file that opens its namespace (useTranslations("Ns") / getTranslations("Ns") /
// createTranslator's namespace: "Ns") names
// the key as a string literal: t("key") directly, or a literal that is later passed to t (the nav's item list).
const KEY_TABLES: Record<string, string> = {
  "@/lib/validations/value-keys": "lib/validations/value-keys.ts",
  "@/lib/deployer-pack/item-keys": "lib/deployer-pack/item-keys.ts",
  "@/lib/incidents/label-keys": "lib/incidents/label-keys.ts",
  "@/components/i18n/role-keys": "components/i18n/role-keys.ts",
  "@/lib/mlflow/notes": "lib/mlflow/notes.ts",
};

function keyTableLiterals(root: string, file: string): string[] {
  return [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/"([\w.]+)"/g)].map((m) => m[1]!);
}

export function usedKeys(root = process.cwd()): Set<string> {
  const used = new Set<string>();
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    const text = fs.readFileSync(file, "utf8");
    const namespaces = [
      ...text.matchAll(/(?:useTranslations|getTranslations)\(\s*"([\w.]+)"\s*\)/g),
      // createTranslator({ …, namespace: "Ns" }) outside a request (mail, PDFs, jobs).
      ...text.matchAll(/\bnamespace:\s*"([\w.]+)"/g),
    ].map((m) => m[1]!);
    if (namespaces.length === 0) continue;
    const literals = [...text.matchAll(/"([\w.]+)"/g)].map((m) => m[1]!);
    // Key names shared by several namespaces live in one table; a file that imports it uses its keys.
    for (const [module, table] of Object.entries(KEY_TABLES))
      if (text.includes(`from "${module}"`)) literals.push(...keyTableLiterals(root, table));
    for (const namespace of namespaces) for (const literal of literals) used.add(`${namespace}.${literal}`);
  }
  return used;
}
