import { describe, expect, it } from "vitest";
import { isLsn, lsnValue } from "@/lib/db/lsn";

describe("WAL positions", () => {
  it("compare as 64-bit numbers, not as text", () => {
    expect(lsnValue("10/0") > lsnValue("9/FFFFFFFF")).toBe(true);
    expect(lsnValue("0/16B3748") < lsnValue("0/16B3750")).toBe(true);
    expect(lsnValue("1/0")).toBe(2n ** 32n);
    expect(lsnValue("a/b")).toBe(lsnValue("A/B"));
  });

  it("refuses anything that is not a position", () => {
    for (const text of ["", "not a standby", "0", "1/2/3", "G/0", "123456789/0"]) {
      expect(isLsn(text)).toBe(false);
      expect(() => lsnValue(text)).toThrow(/Not a WAL position/);
    }
    expect(isLsn("16/B374D848")).toBe(true);
  });
});
