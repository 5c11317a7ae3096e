import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import {
  AFFECTED_GROUP_LABELS,
  AUTOMATION_LABELS,
  DATA_CATEGORY_LABELS,
  EU_MEMBER_STATES,
  LIFECYCLE_LABELS,
  SOURCING_LABELS,
} from "@/lib/validations/system-fields";
import { label } from "./labels";
import { LIFECYCLE_KEYS } from "@/lib/validations/value-keys";

// The intake's option codes a dossier snapshot stores, worded in the dossier's language with the same messages the
// intake form and the system badges show (messages/<locale>/systems.json), so the PDF and the app say the same.
const SOURCING = {
  BUILT_IN_HOUSE: "sourcingBuiltInHouse",
  PROCURED: "sourcingProcured",
  OPEN_SOURCE_ADAPTED: "sourcingOpenSourceAdapted",
  EMBEDDED_IN_PRODUCT: "sourcingEmbeddedInProduct",
} as const;
const AUTOMATION = {
  HUMAN_DECIDES: "automationHumanDecides",
  HUMAN_IN_THE_LOOP: "automationHumanInTheLoop",
  HUMAN_ON_THE_LOOP: "automationHumanOnTheLoop",
  FULLY_AUTOMATED: "automationFullyAutomated",
} as const;
const DATA = {
  PERSONAL: "dataPersonal",
  BIOMETRIC: "dataBiometric",
  SPECIAL_CATEGORY: "dataSpecialCategory",
  NON_PERSONAL: "dataNonPersonal",
} as const;
const GROUP = {
  CUSTOMERS: "groupCustomers",
  JOB_APPLICANTS: "groupJobApplicants",
  EMPLOYEES: "groupEmployees",
  STUDENTS: "groupStudents",
  PATIENTS: "groupPatients",
  CHILDREN: "groupChildren",
  GENERAL_PUBLIC: "groupGeneralPublic",
  VULNERABLE_PERSONS: "groupVulnerablePersons",
  BUSINESS_CLIENTS: "groupBusinessClients",
} as const;

const has = <M extends object>(keys: M, code: string | null | undefined): code is Extract<keyof M, string> =>
  !!code && Object.hasOwn(keys, code);

export function optionWords(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "IntakeOptions" });
  const badge = createTranslator({ locale, messages: MESSAGES[locale], namespace: "SystemBadges" });
  const english = locale === DEFAULT_LOCALE;
  // English keeps the labels it always printed; a country is named by Intl in the other languages.
  const regions = english ? null : new Intl.DisplayNames([locale], { type: "region" });
  const option =
    <M extends Record<string, string>>(keys: M, labels: Record<string, string>) =>
    (code: string | null | undefined, empty?: string): string =>
      english || !has(keys, code) ? label(labels, code, empty) : t(keys[code] as Parameters<typeof t>[0]);
  return {
    sourcing: option(SOURCING, SOURCING_LABELS),
    automation: option(AUTOMATION, AUTOMATION_LABELS),
    dataCategory: option(DATA, DATA_CATEGORY_LABELS),
    affectedGroup: option(GROUP, AFFECTED_GROUP_LABELS),
    lifecycle: (code: string | null | undefined) =>
      english || !has(LIFECYCLE_KEYS, code) ? label(LIFECYCLE_LABELS, code) : badge(LIFECYCLE_KEYS[code]),
    memberState: (code: string) => regions?.of(code) ?? label<string>(EU_MEMBER_STATES, code),
  };
}
