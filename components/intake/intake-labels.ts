// Field labels of the intake form, shared by the fields and the error summary so both say the same thing.
export const INTAKE_LABELS: Record<string, string> = {
  name: "Name",
  description: "Short description",
  intendedPurpose: "Intended purpose",
  businessUnit: "Business unit",
  ownerId: "Owner",
  vendor: "Vendor / provider",
  sourcing: "Sourcing",
  lifecycleStage: "Lifecycle stage",
  placedOnMarketAt: "Placed on the market / put into service",
  memberStates: "EU member states",
  outputUsedInEu: "Output used in the EU",
  affectedPersons: "Affected persons and groups",
  affectedPersonsNote: "About the affected persons",
  automationLevel: "Degree of automation",
  humanOversight: "Human oversight",
  dataCategories: "Data categories",
  models: "Models",
  datasets: "Datasets",
};

const ROW_FIELDS: Record<string, string> = {
  name: "name",
  registryName: "registry name",
  version: "version",
  stage: "stage",
  description: "description",
  uri: "location (URI)",
};

// "models.1.versions.0.version" → "Model 2, version 1: version"
export function intakeLabelFor(name: string): string {
  const parts = name.split(".");
  if (parts.length === 1) return INTAKE_LABELS[name] ?? name;
  const [list, index, ...rest] = parts;
  const row = `${list === "models" ? "Model" : "Dataset"} ${Number(index) + 1}`;
  if (rest[0] === "versions" && rest.length >= 2) {
    const version = `${row}, version ${Number(rest[1]) + 1}`;
    return rest[2] ? `${version}: ${ROW_FIELDS[rest[2]] ?? rest[2]}` : version;
  }
  return rest[0] ? `${row}: ${ROW_FIELDS[rest[0]] ?? rest[0]}` : row;
}

// Summary order follows the form's order, not the order the validator found the problems in.
const ORDER = Object.keys(INTAKE_LABELS);
export function byFormOrder(a: { name: string }, b: { name: string }): number {
  const rank = (n: string) => ORDER.indexOf(n.replace(/\..*$/, "")); // by the top-level field
  return rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, "en", { numeric: true });
}
