import { PORTFOLIO_SNAPSHOT_SCHEMA, type PortfolioSnapshot } from "@/lib/pdf/portfolio/snapshot";

const none = { total: 0, items: [] };

// A large organisation's report as its snapshot says: 40 quarters of duties and an overdue list cut at 3 of 1,234.
export function largeSnapshot(): PortfolioSnapshot {
  const quarters = Array.from({ length: 40 }, (_, i) => ({
    quarter: `${2025 + Math.floor(i / 4)}-Q${(i % 4) + 1}`,
    obligations: 1000 + i * 10,
    done: i * 20,
    systems: 100,
    dates: [`${2025 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, "0")}-01`],
  }));
  return {
    schema: PORTFOLIO_SNAPSHOT_SCHEMA,
    report: {
      version: 7,
      generatedAt: "2026-11-22T09:00:00.000Z",
      exportedBy: { name: "Mia Manager", email: "mia@example.test", role: "MANAGER" },
    },
    organization: { name: "Large Org" },
    figures: {
      today: "2026-11-22",
      currentQuarter: "2026-Q4",
      systems: { total: 100_000, byTier: [{ tier: "HIGH", count: 100_000 }], byUnit: [], byLifecycle: [], byRole: [] },
      readiness: { overall: { applicable: 50_000, done: 800 }, byTier: [], byUnit: [] },
      furthestBehind: [],
      timeline: quarters,
      byDay: [{ day: "2027-12-02", obligations: 5000, done: 0, systems: 900 }],
      attention: {
        prohibitedInUse: { total: 0, examples: [] },
        awaitingReview: { total: 0, examples: [] },
        undetermined: { total: 0, examples: [] },
        friaMissing: { total: 0, examples: [] },
        registrationMissing: { total: 0, examples: [], openDuties: 0 },
        overdueObligations: 1234,
      },
    },
    detail: {
      overdue: {
        total: 1234,
        items: ["One", "Two", "Three"].map((n, i) => ({
          system: `System ${n}`,
          title: `Duty ${n}`,
          article: "Art 9",
          dueDate: `2026-10-0${i + 1}`,
          owner: null,
        })),
      },
      lists: {
        prohibitedInUse: none,
        awaitingReview: none,
        undetermined: none,
        friaMissing: none,
        registrationMissing: none,
      },
      incidents: none,
      trend: [],
    },
  };
}
