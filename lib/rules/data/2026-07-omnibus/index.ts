import type { RuleSet } from "../types";
import { ANNEX1 } from "./annex1";
import { ANNEX3 } from "./annex3";
import { ART5 } from "./art5";
import { CONTESTED } from "./contested";
import { DATES } from "./dates";
import { GENERAL_OBLIGATIONS } from "./obligations-general";
import { GPAI_OBLIGATIONS } from "./obligations-gpai";
import { HIGH_RISK_OPERATOR_OBLIGATIONS } from "./obligations-high-risk-operators";
import { HIGH_RISK_PROVIDER_OBLIGATIONS } from "./obligations-high-risk-provider";
import { TRANSPARENCY_OBLIGATIONS } from "./obligations-transparency";

/** Reg (EU) 2024/1689 as amended by the Digital Omnibus, Reg (EU) 2026/1744. */
export const RULE_SET_2026_07_OMNIBUS: RuleSet = {
  id: "2026-07-omnibus",
  effectiveFrom: DATES.omnibusInForce,
  title: "AI Act as amended by Regulation (EU) 2026/1744 (Digital Omnibus on AI)",
  covers: [
    "Art 2 scope and exclusions",
    "Art 3 definitions of AI system, GPAI model and operators",
    "Art 4 AI literacy (Omnibus text)",
    "Art 5 prohibitions including (ba) and (bb)",
    "Art 6(1)-(4) with Annex I and Annex III",
    "Art 25 role changes",
    "Chapter III obligations of providers, deployers, importers, distributors and authorised representatives",
    "Art 27 FRIA and Art 49 registration",
    "Art 50 transparency",
    "Chapter V GPAI models",
    "Art 111 transitional rules and Art 113 dates",
  ],
  doesNotCover: [
    "Penalty amounts (Art 99, 101)",
    "Sandboxes and real-world testing procedures (Arts 57-61, 60a)",
    "Notified-body and market-surveillance procedures",
    "National law, GDPR and sectoral law running in parallel",
    "Delegated acts not yet adopted (Art 2(13), Art 7)",
    "The law before 27 July 2026 (the original Art 4 wording, Machinery in Annex I Section A)",
  ],
  dates: DATES,
  art5: ART5,
  annex1: ANNEX1,
  annex3: ANNEX3,
  contested: CONTESTED,
  gpai: {
    indicativeFlop: 1e23,
    systemicPresumptionFlop: 1e25,
    modifierShare: 1 / 3,
    unknownOriginalFlop: 1e23,
    unknownSystemicOriginalFlop: 1e25,
  },
  obligations: [
    ...GENERAL_OBLIGATIONS,
    ...HIGH_RISK_PROVIDER_OBLIGATIONS,
    ...HIGH_RISK_OPERATOR_OBLIGATIONS,
    ...TRANSPARENCY_OBLIGATIONS,
    ...GPAI_OBLIGATIONS,
  ],
};
