import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COLOR_MEANINGS, OKABE_ITO, READINESS_COLORS, TIER_COLORS } from "@/lib/dashboard/palette";

describe("dashboard palette", () => {
  it("uses no colour for two meanings", () => {
    const byColor = new Map<string, string[]>();
    for (const { meaning, color } of COLOR_MEANINGS) {
      const key = color.toLowerCase();
      byColor.set(key, [...(byColor.get(key) ?? []), meaning]);
    }
    expect([...byColor.entries()].filter(([, meanings]) => meanings.length > 1)).toEqual([]);
  });

  it("gives readiness a pair that no tier uses (orange was both High-risk and Still open)", () => {
    const tierColors = new Set(Object.values(TIER_COLORS).map((c) => c.toLowerCase()));
    expect(tierColors.has(READINESS_COLORS.done.toLowerCase())).toBe(false);
    expect(tierColors.has(READINESS_COLORS.open.toLowerCase())).toBe(false);
  });

  it("is the only place chart colours come from: no dashboard chart spells a palette colour itself", () => {
    const dir = path.join(process.cwd(), "components/dashboard");
    const palette = [...Object.values(OKABE_ITO), ...COLOR_MEANINGS.map((m) => m.color)].map((c) => c.toLowerCase());
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), "utf8").toLowerCase();
      for (const color of palette) expect(text.includes(color), `${file} spells ${color}`).toBe(false);
    }
  });
});
