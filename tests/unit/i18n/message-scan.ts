import fs from "node:fs";
import path from "node:path";

export type Messages = { [key: string]: string | Messages };

export const MESSAGES_DIR = path.join(process.cwd(), "messages");
const SOURCE_DIRS = ["app", "components", "lib", "i18n"];

export function readMessages(locale: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(MESSAGES_DIR, `${locale}.json`), "utf8")) as Messages;
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

// A key counts as used when a file that opens its namespace (useTranslations("Ns") / getTranslations("Ns")) names
// the key as a string literal: t("key") directly, or a literal that is later passed to t (the nav's item list).
export function usedKeys(root = process.cwd()): Set<string> {
  const used = new Set<string>();
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    const text = fs.readFileSync(file, "utf8");
    const namespaces = [...text.matchAll(/(?:useTranslations|getTranslations)\(\s*"([\w.]+)"\s*\)/g)].map((m) => m[1]!);
    if (namespaces.length === 0) continue;
    const literals = [...text.matchAll(/"([\w.]+)"/g)].map((m) => m[1]!);
    for (const namespace of namespaces) for (const literal of literals) used.add(`${namespace}.${literal}`);
  }
  return used;
}
