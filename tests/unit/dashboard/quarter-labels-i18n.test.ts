import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { TimelineSection } from "@/app/(app)/dashboard/timeline-section";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import type { Locale } from "@/lib/i18n/locales";
import { renderIn } from "../components/render-in";

// The chart follows a bar's link with the router; rendering needs none.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {} }) }));

const data = {
  today: "2026-12-06",
  currentQuarter: "2026-Q4",
  timeline: [{ quarter: "2027-Q3", obligations: 4, done: 1, systems: 2, dates: ["2027-08-02"] }],
} as unknown as DashboardDTO;

const section = (locale: Locale) => renderIn(locale, h(TimelineSection, { data, filters: {} }));

// A quarter is "Q4 2026" in English and German but "T4 2026" (trimestre) in French.
describe("the timeline's quarters in the reader's language", () => {
  it.each([
    ["en", "Q4 2026", "Q3 2027"],
    ["de", "Q4 2026", "Q3 2027"],
    ["fr", "T4 2026", "T3 2027"],
  ] as const)("%s", (locale, current, later) => {
    const html = section(locale);
    expect(html).toContain(current);
    expect(html).toContain(later);
    if (locale === "fr") expect(html).not.toMatch(/Q[1-4] 20\d\d/);
  });
});
