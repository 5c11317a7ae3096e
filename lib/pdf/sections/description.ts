import {
  AFFECTED_GROUP_LABELS,
  AUTOMATION_LABELS,
  DATA_CATEGORY_LABELS,
  EU_MEMBER_STATES,
  LIFECYCLE_LABELS,
  SOURCING_LABELS,
} from "@/lib/validations/system-fields";
import { formatDate } from "@/lib/utils";
import { keyValues, startSection, subheading, paragraph, type Ctx } from "../context";
import { label, yesNo } from "../labels";
import { COLORS } from "../theme";

const list = (labels: Record<string, string>, codes: string[]) =>
  codes.length ? codes.map((c) => label(labels, c)).join(", ") : "None recorded";

export function drawDescription(ctx: Ctx): void {
  const s = ctx.snapshot.system;
  startSection(ctx, "System description");
  keyValues(ctx, [
    ["Name", s.name],
    ["Description", s.description],
    ["Intended purpose", s.intendedPurpose],
    ["Business unit", s.businessUnit],
    ["Owner", s.owner ?? "No owner assigned"],
    ["Vendor / provider", s.vendor],
    ["Sourcing", label(SOURCING_LABELS, s.sourcing)],
    ["Lifecycle stage", label(LIFECYCLE_LABELS, s.lifecycleStage)],
    ["Placed on the market / put into service", s.placedOnMarketAt ? formatDate(s.placedOnMarketAt) : "Not yet"],
    ["Used in EU member states", list(EU_MEMBER_STATES, s.memberStates)],
    ["Output used in the EU", yesNo(s.outputUsedInEu)],
    ["Affected persons", list(AFFECTED_GROUP_LABELS, s.affectedPersons)],
    ["About the affected persons", s.affectedPersonsNote],
    ["Degree of automation", label(AUTOMATION_LABELS, s.automationLevel)],
    ["Human oversight", s.humanOversight],
    ["Data categories", list(DATA_CATEGORY_LABELS, s.dataCategories)],
    ["Intake revision", String(s.intakeRevision)],
  ]);

  subheading(ctx, "Models and datasets");
  if (s.models.length === 0 && s.datasets.length === 0) {
    paragraph(ctx, "No models or datasets are linked to this system.", { color: COLORS.muted });
    return;
  }
  keyValues(ctx, [
    ...s.models.map((m): [string, string] => [
      `Model: ${m.name}`,
      [m.registryName && `Registry name: ${m.registryName}`, `Versions: ${m.versions.join(", ") || "none recorded"}`]
        .filter(Boolean)
        .join("\n"),
    ]),
    ...s.datasets.map((d): [string, string] => [`Dataset: ${d.name}`, d.uri || "No location recorded"]),
  ]);
}
