import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { GateCard } from "@/components/gate/gate-card";
import { gateReasons } from "@/lib/gate/reasons";
import { renderIn } from "../components/render-in";

// The system overview's gate card shows the gate's reasons in the reader's language (issue #22).
const verdict = gateReasons({
  systemVersion: 1,
  tier: "PROHIBITED",
  disposition: "FINAL",
  run: { systemVersion: 1, ruleSetId: "r1" },
  currentRuleSetId: "r1",
  openBlockingObligations: [],
  openBreachTasks: [],
  today: new Date("2026-12-01"),
});
const card = h(GateCard, { gate: { ...verdict, lastStatus: null } });

describe("GateCard", () => {
  it("keeps the API's English reason for an English reader", () => {
    expect(renderIn("en", card)).toContain(verdict.reasons[0]!.message);
  });

  it("gives the reason in German and French, with the Act's term for a prohibited practice", () => {
    const de = renderIn("de", card);
    expect(de).toContain("verbotene Praktik im KI-Bereich");
    expect(de).not.toContain(verdict.reasons[0]!.message);
    expect(renderIn("fr", card)).toContain("pratique interdite en matière d'IA");
  });
});
