import { RULE_SET_2026_07_OMNIBUS } from "../2026-07-omnibus";
import type { ContestedId, ContestedPoint, RuleSet } from "../types";

/**
 * Points that change only dates or the extent of duties, not tier, role or scope: notes on
 * the result and on the duties they concern, no longer review flags.
 */
const NOTES: Partial<Record<ContestedId, readonly string[]>> = {
  art86Art49Timing: ["hr.registration", "hr.deployer.register_use", "hr.deployer.explanation", "derogation.register"],
  privateSchoolsClinicsFria: ["hr.deployer.fria"],
  systemicModifiers: [
    "gpai.systemic_notification",
    "gpai.model_evaluation",
    "gpai.systemic_risk_mitigation",
    "gpai.serious_incidents",
    "gpai.cybersecurity",
  ],
};

const contested = Object.fromEntries(
  Object.entries(RULE_SET_2026_07_OMNIBUS.contested).map(([id, point]): [string, ContestedPoint] => {
    const obligations = NOTES[id as ContestedId];
    return [id, obligations ? { ...point, kind: "note", obligations } : point];
  }),
) as Record<ContestedId, ContestedPoint>;

/**
 * The same law as 2026-07-omnibus, read again for trust (issue 15): disputed dates are
 * notes, corrected Art 5(1)(ba) deployer reading, Art 50(2) grace by the system's own date,
 * Art 49(2) for derogated systems, and every role explained. A new id marks stored runs
 * under the first reading as stale, so re-screening shows what changed.
 */
export const RULE_SET_2026_07_OMNIBUS_R2: RuleSet = {
  ...RULE_SET_2026_07_OMNIBUS,
  id: "2026-07-omnibus-r2",
  title: `${RULE_SET_2026_07_OMNIBUS.title}, revision 2`,
  contested,
};
