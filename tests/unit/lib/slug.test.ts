import { describe, expect, it } from "vitest";
import { asciiSlug } from "@/lib/slug";

describe("asciiSlug", () => {
  it("transliterates, drops accents and joins words with one dash", () => {
    expect(asciiSlug("Łódź Ærøskøbing — Straße & Þór", 60)).toBe("lodz-aeroskobing-strasse-thor");
  });

  it("cuts to the given length and is empty when nothing is left", () => {
    expect(asciiSlug("Retail credit scoring", 6)).toBe("retail");
    expect(asciiSlug("!!! ???", 60)).toBe("");
  });
});
