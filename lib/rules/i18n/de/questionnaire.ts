import type { Catalogue } from "../types";
import { ANNEX1 } from "./questionnaire/annex1";
import { ANNEX3 } from "./questionnaire/annex3";
import { BIOMETRICS } from "./questionnaire/biometrics";
import { CONTRADICTIONS } from "./questionnaire/contradictions";
import { DEFINITION } from "./questionnaire/definition";
import { DEROGATION } from "./questionnaire/derogation";
import { EXCLUSIONS } from "./questionnaire/exclusions";
import { GPAI } from "./questionnaire/gpai";
import { LIFECYCLE } from "./questionnaire/lifecycle";
import { ORGANISATION } from "./questionnaire/organisation";
import { PROHIBITED } from "./questionnaire/prohibited";
import { TRANSPARENCY } from "./questionnaire/transparency";

// Questionnaire texts in German, keyed by the English text the rule set holds (see lib/rules/i18n/index.ts).
// One file per question group (a text shared by several groups sits in the first), so none grows past a reader's hold.
export const QUESTIONNAIRE: Catalogue = {
  ...DEFINITION,
  ...ORGANISATION,
  ...EXCLUSIONS,
  ...PROHIBITED,
  ...BIOMETRICS,
  ...ANNEX1,
  ...ANNEX3,
  ...DEROGATION,
  ...LIFECYCLE,
  ...TRANSPARENCY,
  ...GPAI,
  ...CONTRADICTIONS,
};
