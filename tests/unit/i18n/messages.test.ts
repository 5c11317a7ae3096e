import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { areaFiles, flatten, readArea, readMessages, usedKeys } from "./message-scan";

const english = flatten(readMessages("en"));

// Untyped on purpose: the keys come from the files under test, not from the compiled-in English.
function translator(locale: Locale, onError?: (message: string) => void) {
  const t = createTranslator({ locale, messages: readMessages(locale), onError: (e) => onError?.(e.message) });
  type Value = string | number | ((chunks: string[]) => string);
  return t as unknown as (key: string, values: Record<string, Value>) => string;
}

// The argument and tag names of an ICU message ("<strong>" tags as "<strong>"), read by next-intl's own parser: a
// plural or select branch ("one {matches}") is text, not an argument, which a pattern over the raw string cannot tell.
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.tag) names.add(`<${element.value}>`);
      else if (element.type !== TYPE.literal && element.type !== TYPE.pound) names.add(element.value);
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe("message files", () => {
  it.each(LOCALES)("%s has every key English has, and no other", (locale) => {
    const keys = [...flatten(readMessages(locale)).keys()];
    expect(
      [...english.keys()].filter((key) => !keys.includes(key)),
      "missing",
    ).toEqual([]);
    expect(
      keys.filter((key) => !english.has(key)),
      "not in English",
    ).toEqual([]);
  });

  it("every key is used by the code (found by a static scan of the namespaces and literals)", () => {
    const used = usedKeys();
    expect([...english.keys()].filter((key) => !used.has(key))).toEqual([]);
  });

  it.each(LOCALES)("%s: every message is valid ICU with the same arguments as English", (locale) => {
    const errors: string[] = [];
    const t = translator(locale, (message) => errors.push(message));
    for (const [key, message] of flatten(readMessages(locale))) {
      const names = argumentsOf(english.get(key)!);
      expect(argumentsOf(message), key).toEqual(names);
      // Every argument gets a value, so an error here is the message's own (a number fits plurals and text alike).
      const value = (name: string) =>
        name.startsWith("<") ? (chunks: string[]) => chunks.join("") : name === "language" ? "English" : 2;
      t(key, Object.fromEntries(names.map((name) => [name.replace(/^<(.*)>$/, "$1"), value(name)])));
    }
    expect(errors).toEqual([]);
  });

  it("plurals follow the language's rules", () => {
    const plural = (locale: Locale, count: number) => translator(locale)("Shell.unreadNotifications", { count });
    expect(plural("en", 1)).toBe("unread notification");
    expect(plural("en", 2)).toBe("unread notifications");
    expect(plural("de", 1)).toBe("ungelesene Benachrichtigung");
    // French counts 0 and 1 as singular.
    expect(plural("fr", 0)).toBe("notification non lue");
    expect(plural("fr", 3)).toBe("notifications non lues");
  });
});

describe("message files by area", () => {
  it.each(LOCALES)("%s has the same area files as English, each with the same namespaces", (locale) => {
    expect(areaFiles(locale)).toEqual(areaFiles("en"));
    for (const file of areaFiles("en")) {
      expect(Object.keys(readArea(locale, file)).sort(), file).toEqual(Object.keys(readArea("en", file)).sort());
    }
  });
});
