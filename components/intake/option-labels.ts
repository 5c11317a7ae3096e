import { useLocale, useTranslations } from "next-intl";
import {
  EU_MEMBER_STATES,
  type AFFECTED_GROUPS,
  type AUTOMATION_LEVELS,
  type DATA_CATEGORIES,
  type MemberStateCode,
  type SOURCINGS,
} from "@/lib/validations/system-fields";

const SOURCING_KEYS = {
  BUILT_IN_HOUSE: "sourcingBuiltInHouse",
  PROCURED: "sourcingProcured",
  OPEN_SOURCE_ADAPTED: "sourcingOpenSourceAdapted",
  EMBEDDED_IN_PRODUCT: "sourcingEmbeddedInProduct",
} as const satisfies Record<(typeof SOURCINGS)[number], string>;

const AUTOMATION_KEYS = {
  HUMAN_DECIDES: "automationHumanDecides",
  HUMAN_IN_THE_LOOP: "automationHumanInTheLoop",
  HUMAN_ON_THE_LOOP: "automationHumanOnTheLoop",
  FULLY_AUTOMATED: "automationFullyAutomated",
} as const satisfies Record<(typeof AUTOMATION_LEVELS)[number], string>;

const DATA_CATEGORY_KEYS = {
  PERSONAL: "dataPersonal",
  BIOMETRIC: "dataBiometric",
  SPECIAL_CATEGORY: "dataSpecialCategory",
  NON_PERSONAL: "dataNonPersonal",
} as const satisfies Record<(typeof DATA_CATEGORIES)[number], string>;

const AFFECTED_GROUP_KEYS = {
  CUSTOMERS: "groupCustomers",
  JOB_APPLICANTS: "groupJobApplicants",
  EMPLOYEES: "groupEmployees",
  STUDENTS: "groupStudents",
  PATIENTS: "groupPatients",
  CHILDREN: "groupChildren",
  GENERAL_PUBLIC: "groupGeneralPublic",
  VULNERABLE_PERSONS: "groupVulnerablePersons",
  BUSINESS_CLIENTS: "groupBusinessClients",
} as const satisfies Record<(typeof AFFECTED_GROUPS)[number], string>;

// Codes stored on a system may predate a label (an import, an old draft): those show as they are.
function lookup<K extends string>(keys: Record<K, string>, code: string): string | undefined {
  return (keys as Record<string, string>)[code];
}

/**
 * The intake's option labels in the reader's language, for the form and for the overview that shows the answers.
 * Member states are named by Intl (the CLDR's names); English keeps the list's own names.
 */
export function useIntakeOptionLabels() {
  const t = useTranslations("IntakeOptions");
  const locale = useLocale();
  const regions = locale === "en" ? null : new Intl.DisplayNames([locale], { type: "region" });
  const say = (key: string | undefined, code: string) => (key ? t(key as Parameters<typeof t>[0]) : code);
  return {
    sourcing: (code: string) => say(lookup(SOURCING_KEYS, code), code),
    automation: (code: string) => say(lookup(AUTOMATION_KEYS, code), code),
    dataCategory: (code: string) => say(lookup(DATA_CATEGORY_KEYS, code), code),
    affectedGroup: (code: string) => say(lookup(AFFECTED_GROUP_KEYS, code), code),
    memberState: (code: string) => regions?.of(code) ?? EU_MEMBER_STATES[code as MemberStateCode] ?? code,
  };
}
