import { describe, expect, it } from "vitest";
import { countPhrase, nounFor, verbFor } from "@/lib/plural";

describe("count phrases", () => {
  it("agrees noun and verb with the count", () => {
    expect(`${countPhrase(1, "system")} ${verbFor(1, "match")}`).toBe("1 system matches");
    expect(`${countPhrase(3, "system")} ${verbFor(3, "match")}`).toBe("3 systems match");
    expect(`${countPhrase(0, "system")} ${verbFor(0, "match")}`).toBe("0 systems match");
    expect(countPhrase(1204, "obligation")).toBe("1,204 obligations");
    expect(nounFor(2, "entry", "entries")).toBe("entries");
    expect(verbFor(1, "are")).toBe("is");
    expect(verbFor(1, "apply")).toBe("applies");
  });
});
