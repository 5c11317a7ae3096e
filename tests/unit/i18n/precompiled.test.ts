import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import formatOnly from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { compileMessages } from "@/i18n/precompile";
import { LOCALES } from "@/lib/i18n/locales";
import { flatten, readMessages } from "./message-scan";

// Next's bundle formats messages compiled ahead of time with use-intl's format-only build (i18n/precompile.ts);
// everything else formats them as written. Both must say exactly the same thing, for every message, in every
// language, for the values that pick different plural and select branches.
type Kind = "text" | "number" | "date" | "tag";
function argumentsOf(message: string): Map<string, Kind> {
  const found = new Map<string, Kind>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.tag) found.set(element.value, "tag");
      else if (element.type === TYPE.date || element.type === TYPE.time) found.set(element.value, "date");
      else if (element.type === TYPE.plural || element.type === TYPE.number) found.set(element.value, "number");
      else if (element.type === TYPE.select && !found.has(element.value)) found.set(element.value, "text");
      else if (element.type === TYPE.argument && !found.has(element.value)) found.set(element.value, "text");
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(message));
  return found;
}

// Compiled messages are arrays where they have arguments: only plain objects are namespaces.
function leaves(tree: object, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object" && !Array.isArray(value)) leaves(value as object, path, out);
    else out.set(path, value);
  }
  return out;
}

const tag = (name: string) => (chunks: unknown) => `<${name}>${[chunks].flat().join("")}</${name}>`;
function valuesFor(args: Map<string, Kind>, n: number): Record<string, unknown> {
  const value = (name: string, kind: Kind) =>
    kind === "tag" ? tag(name) : kind === "date" ? Date.UTC(2026, 7, 2, 9, 30) : kind === "number" ? n : `v${n}`;
  return Object.fromEntries([...args].map(([name, kind]) => [name, value(name, kind)]));
}

// React passes only plain objects and arrays from server to client components (the messages of ClientMessages).
function nonPlain(value: unknown, path = ""): string[] {
  if (!value || typeof value !== "object") return [];
  const prototype = Object.getPrototypeOf(value);
  const here = prototype === Object.prototype || prototype === Array.prototype ? [] : [path];
  return [...here, ...Object.entries(value).flatMap(([key, child]) => nonPlain(child, `${path}.${key}`))];
}

describe("precompiled messages", () => {
  it.each(LOCALES)("%s: the compiled tree is plain objects and arrays only", (locale) => {
    expect(nonPlain(compileMessages(readMessages(locale)))).toEqual([]);
  });

  it.each(LOCALES)("%s: every message reads the same compiled as written", (locale) => {
    const written = readMessages(locale);
    const compiled = leaves(compileMessages(written));
    const t = createTranslator({ locale, messages: written, timeZone: "UTC" }) as unknown as {
      markup: (key: string, values?: Record<string, unknown>) => string;
    };
    const cache = _createCache();
    const options = { cache, formatters: _createIntlFormatters(cache), locale, timeZone: "UTC" };
    let checked = 0;
    for (const [key, message] of flatten(written)) {
      const args = argumentsOf(message);
      for (const n of args.size ? [0, 1, 2, 5, 21] : [0]) {
        const values = args.size ? valuesFor(args, n) : undefined;
        const expected = t.markup(key, values as never);
        const actual = [formatOnly(key, compiled.get(key) as never, values as never, options as never)].flat().join("");
        expect(actual, `${key} with ${n}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
