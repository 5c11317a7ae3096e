import type {
  AFFECTED_GROUPS,
  AUTOMATION_LEVELS,
  DATA_CATEGORIES,
  LIFECYCLE_STAGES,
  MemberStateCode,
  SOURCINGS,
} from "../../lib/validations/system-fields";

export type DemoSystem = {
  name: string;
  description: string;
  intendedPurpose: string;
  businessUnit: string;
  owner: "admin" | "compliance" | "legal" | "manager" | "auditor" | null;
  vendor: string;
  sourcing: (typeof SOURCINGS)[number];
  lifecycleStage: (typeof LIFECYCLE_STAGES)[number];
  placedOnMarketAt: string | null;
  memberStates: MemberStateCode[];
  outputUsedInEu: boolean;
  affectedPersons: (typeof AFFECTED_GROUPS)[number][];
  affectedPersonsNote: string;
  automationLevel: (typeof AUTOMATION_LEVELS)[number];
  humanOversight: string;
  dataCategories: (typeof DATA_CATEGORIES)[number][];
  models?: { name: string; registryName?: string; versions: { version: string; stage: string }[] }[];
  datasets?: { name: string; description: string; uri: string }[];
  isDraft?: boolean;
};

export const ALL_EU: MemberStateCode[] = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
];
export const CORE_MARKETS: MemberStateCode[] = ["DE", "AT", "NL", "BE", "PL", "RO"];
