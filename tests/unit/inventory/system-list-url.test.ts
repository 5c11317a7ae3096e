import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIFECYCLE_STAGES } from "@/lib/validations/system-fields";
import {
  DEFAULT_COLUMNS,
  DISPOSITION_FILTERS,
  PAGE_SIZES,
  READINESS_FILTERS,
  ROLE_FILTERS,
  SYSTEM_COLUMNS,
  SYSTEM_SORTS,
  TIER_FILTERS,
  hasActiveFilters,
  parseSystemListParams,
  systemsHref,
  type SystemListQuery,
} from "@/lib/validations/system-list";

const parseHref = (href: string) => parseSystemListParams(new URL(href, "http://x").searchParams);
const subset = <T extends string>(values: readonly T[]) => fc.subarray([...values]);

describe("inventory URL contract", () => {
  it("writes the agreed parameter names, comma lists and nothing for defaults", () => {
    expect(systemsHref()).toBe("/systems");
    expect(
      systemsHref({ tier: ["HIGH", "NONE"], unit: "Retail Banking", owner: "none", readiness: "incomplete" }),
    ).toBe("/systems?tier=HIGH%2CNONE&unit=Retail+Banking&owner=none&readiness=incomplete");
    expect(
      systemsHref({
        role: ["deployer"],
        disposition: "REQUIRES_REVIEW",
        lifecycle: ["PILOT", "IN_PRODUCTION"],
        q: "fraud",
      }),
    ).toBe("/systems?q=fraud&role=deployer&disposition=REQUIRES_REVIEW&lifecycle=PILOT%2CIN_PRODUCTION");
    expect(systemsHref({ sort: "name", page: 1, pageSize: 25, cols: [...DEFAULT_COLUMNS] })).toBe("/systems");
    expect(systemsHref({ sort: "-tier", page: 3, pageSize: 100, cols: ["vendor"] })).toBe(
      "/systems?sort=-tier&page=3&pageSize=100&cols=vendor",
    );
  });

  it("falls back to defaults for bad values instead of failing", () => {
    expect(
      parseSystemListParams({
        page: "-3",
        pageSize: "7",
        sort: "DROP TABLE",
        q: "  ",
        tier: "FOO",
        disposition: "x",
        readiness: "",
        owner: "';--",
        cols: "zzz",
      }),
    ).toEqual({
      page: 1,
      pageSize: 25,
      sort: "name",
      q: undefined,
      tier: [],
      role: [],
      disposition: undefined,
      lifecycle: [],
      unit: undefined,
      owner: undefined,
      readiness: undefined,
      cols: [],
    });
    expect(parseSystemListParams({ page: ["2", "9"], tier: "HIGH,BOGUS,NONE" })).toMatchObject({
      page: 2,
      tier: ["HIGH", "NONE"],
      cols: [...DEFAULT_COLUMNS],
    });
  });

  it("reads back exactly what systemsHref wrote, for any combination", () => {
    const query = fc.record<SystemListQuery>({
      q: fc.option(
        fc
          .string({ minLength: 1, maxLength: 30 })
          .map((s) => s.trim())
          .filter(Boolean),
        { nil: undefined },
      ),
      tier: subset(TIER_FILTERS),
      role: subset(ROLE_FILTERS),
      disposition: fc.option(fc.constantFrom(...DISPOSITION_FILTERS), { nil: undefined }),
      lifecycle: subset(LIFECYCLE_STAGES),
      unit: fc.option(
        fc
          .string({ minLength: 1, maxLength: 30 })
          .map((s) => s.trim())
          .filter(Boolean),
        { nil: undefined },
      ),
      owner: fc.option(fc.constantFrom("none", "clx0abc123def456"), { nil: undefined }),
      readiness: fc.option(fc.constantFrom(...READINESS_FILTERS), { nil: undefined }),
      sort: fc.constantFrom(...SYSTEM_SORTS),
      page: fc.integer({ min: 1, max: 5000 }),
      pageSize: fc.constantFrom(...PAGE_SIZES),
      cols: subset(SYSTEM_COLUMNS),
    });
    fc.assert(
      fc.property(query, (q) => {
        expect(parseHref(systemsHref(q))).toEqual(q);
      }),
    );
  });

  it("knows when a view is filtered", () => {
    expect(hasActiveFilters(parseSystemListParams({ sort: "-name", page: "4", cols: "vendor" }))).toBe(false);
    expect(hasActiveFilters(parseSystemListParams({ owner: "none" }))).toBe(true);
    expect(hasActiveFilters(parseSystemListParams({ tier: "NONE" }))).toBe(true);
  });
});
