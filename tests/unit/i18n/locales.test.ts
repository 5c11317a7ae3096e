import { describe, expect, it } from "vitest";
import { formatDateIn, formatDateTimeIn, formatNumberIn } from "@/lib/i18n/format";
import { localeFromAcceptLanguage, resolveLocale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime } from "@/lib/utils";

describe("choosing the interface language", () => {
  it("takes the person's choice over the browser's, and the browser's over English", () => {
    expect(resolveLocale("fr", "de-DE,de;q=0.9")).toBe("fr");
    expect(resolveLocale(null, "de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(resolveLocale(null, null)).toBe("en");
    expect(resolveLocale("xx", "it-IT")).toBe("en");
  });

  it("reads Accept-Language by quality, then order, skipping languages Actlas does not speak", () => {
    expect(localeFromAcceptLanguage("it-IT, fr;q=0.5, de;q=0.8")).toBe("de");
    expect(localeFromAcceptLanguage("fr-CH;q=0.9, en;q=0.9")).toBe("fr");
    expect(localeFromAcceptLanguage("de;q=0, fr;q=0.1")).toBe("fr");
    expect(localeFromAcceptLanguage("*")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
  });
});

describe("locale-aware formatting", () => {
  const day = new Date("2026-12-05T14:30:00Z");

  it("keeps English exactly as the app always showed it", () => {
    expect(formatDate(day)).toBe("5 Dec 2026");
    expect(formatDateTime(day)).toBe("5 Dec 2026, 14:30 UTC");
    expect(formatDate(null)).toBe("—");
  });

  it("writes dates and numbers the German and French way", () => {
    expect(formatDateIn("de", day)).toBe("5. Dez. 2026");
    expect(formatDateIn("fr", day)).toBe("5 déc. 2026");
    expect(formatDateTimeIn("de", day)).toBe("05.12.2026, 14:30 UTC");
    expect(formatNumberIn("de", 1234.5)).toBe("1.234,5");
    expect(formatNumberIn("fr", 1234.5)).toBe("1\u202f234,5");
    expect(formatNumberIn("en", 1234.5)).toBe("1,234.5");
  });
});
