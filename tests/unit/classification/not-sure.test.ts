import { describe, expect, it } from "vitest";
import { answerQuestion, clearQuestion, isNotSure, markNotSure } from "@/lib/classification/not-sure";

describe("answering 'not sure'", () => {
  it("clears the value and lists the question once", () => {
    const once = markNotSure({ annex3Areas: ["employment"], activities: ["uses"] }, "annex3Areas");
    expect(once).toEqual({ activities: ["uses"], notSure: ["annex3Areas"] });
    expect(markNotSure(once, "annex3Areas")).toEqual(once);
    expect(isNotSure(once, "annex3Areas")).toBe(true);
    expect(isNotSure(once, "activities")).toBe(false);
  });

  it("a real answer takes the question off the list, and drops an empty list", () => {
    const answered = answerQuestion({ notSure: ["annex3Areas", "establishedInEu"] }, "annex3Areas", ["none"]);
    expect(answered).toEqual({ annex3Areas: ["none"], notSure: ["establishedInEu"] });
    expect(answerQuestion({ notSure: ["annex3Areas"] }, "annex3Areas", ["none"])).toEqual({ annex3Areas: ["none"] });
  });

  it("clearing removes both the value and 'not sure'", () => {
    expect(clearQuestion({ annex3Areas: ["none"], notSure: ["annex3Areas"] }, "annex3Areas")).toEqual({});
    expect(answerQuestion({ trainingComputeFlop: 3 }, "trainingComputeFlop", undefined)).toEqual({});
  });
});
