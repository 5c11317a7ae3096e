// Vocabulary for varied benchmark data: business units, vendors, owners' names and code-name syllables, so that
// trigram search, unit filters and owner filters meet a realistic spread instead of one repeated value.
export const UNITS = [
  "Retail Banking", "Corporate Banking", "Private Banking", "Cards & Payments", "Treasury", "Risk Management",
  "Compliance", "Financial Crime", "Life Insurance", "Health Insurance", "Motor Insurance", "Property & Casualty",
  "Claims", "Underwriting", "Customer Service", "Marketing", "Human Resources", "IT Operations", "Group Data Office",
  "Legal", "Procurement", "Asset Management", "Mortgages", "SME Lending",
];

export const VENDORS = [
  "In-house data science", "FinScore Analytics GmbH", "Lumora AI", "Quantiva Systems", "Helix Decision Labs", "NordML AB",
  "Paragon Risk Solutions", "Vectorion SAS", "BlueHarbor Analytics", "Cobalt Insight Ltd", "Datawise Iberia SL",
  "Kestrel Vision BV", "Orbis Language Tech", "Sentinel Fraud Networks", "Polaris Claims AI", "Atlas Document AI",
  "Meridian HR Tech", "Veritas Identity Oy", "Stratos Cloud Services", "Open-source community model",
  "Corvid Security", "Aurum Pricing Engines", "Nimbus Conversational AI", "Tessellate Imaging", "Fjord Forecasting AS",
];

export const FIRST_NAMES = ["Amelie", "Bastian", "Chiara", "Dorota", "Eero", "Fatima", "Gonçalo", "Hanna", "Ioana", "Jakob", "Katarzyna", "Luca", "Maëlle", "Niels", "Oona", "Pieter", "Rasa", "Sofia", "Tomás", "Ulla", "Vesna", "Wiktor", "Xenia", "Yannick", "Zofia"];
export const LAST_NAMES = ["Andersen", "Berger", "Costa", "Dimitrova", "Eriksson", "Fontaine", "García", "Horvat", "Ivanov", "Janssen", "Kowalski", "Lindqvist", "Moretti", "Novak", "O'Brien", "Petrov", "Quist", "Rossi", "Schmidt", "Tamm", "Ungureanu", "Virtanen", "Weber", "Xuereb", "Zielińska"];

const SYLLABLES = ["kor", "zen", "tra", "vi", "lum", "ax", "nor", "bel", "qui", "sar", "del", "mo", "ryn", "ta", "phe", "olo", "gra", "ind", "ur", "esk"];

/** A pronounceable product code name, e.g. "Korzenta": varied enough that trigram search narrows to few rows. */
export function codeName(n: number): string {
  const word = [n, Math.floor(n / SYLLABLES.length), Math.floor(n / 400)].map((i) => pick(SYLLABLES, i)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const STAGES = ["PLANNED", "IN_DEVELOPMENT", "PILOT", "IN_PRODUCTION", "IN_PRODUCTION", "IN_PRODUCTION", "RETIRED"] as const;
export const MEMBER_STATES = ["DE", "AT", "NL", "BE", "PL", "RO", "FR", "IT", "ES", "SE", "FI", "IE", "PT", "CZ", "DK"];

/** The element at `n` modulo the list's length: a deterministic choice from a fixed, non-empty list. */
export function pick<T>(items: readonly T[], n: number): T {
  const item = items[n % items.length];
  if (item === undefined) throw new Error(`No element at ${n} modulo ${items.length}: the list must not be empty`);
  return item;
}

/** Deterministic 32-bit hash of integers (mulberry-style mixing): the same system number always gives the same data. */
export function mix(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    h = Math.imul(h ^ v, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}
