import type { Role, Tier } from "./types";

export const TIER_LABELS: Record<Tier, string> = {
  prohibited: "Prohibited practice",
  high: "High-risk",
  gpai_systemic: "General-purpose AI model with systemic risk",
  gpai: "General-purpose AI model",
  limited: "Transparency obligations",
  minimal: "Minimal risk",
  out_of_scope: "Outside the AI Act",
};

export const ROLE_LABELS: Record<Role, string> = {
  provider: "Provider",
  deployer: "Deployer",
  importer: "Importer",
  distributor: "Distributor",
  authorised_representative: "Authorised representative",
  product_manufacturer: "Product manufacturer",
};
