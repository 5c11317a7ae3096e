import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import type { SystemDetailDTO } from "@/lib/dal/systems/systems";
import { formatDate } from "@/lib/utils";
import {
  AFFECTED_GROUP_LABELS,
  AUTOMATION_LABELS,
  DATA_CATEGORY_LABELS,
  EU_MEMBER_STATES,
  LIFECYCLE_LABELS,
  SOURCING_LABELS,
} from "@/lib/validations/system-fields";

function labelled<T extends string>(codes: string[], labels: Record<T, string>): string {
  return codes.length ? codes.map((c) => labels[c as T] ?? c).join(", ") : "—";
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 px-5 py-3 sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line text-sm text-slate-900">{children || "—"}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader title={title} />
      <dl className="divide-y divide-slate-100">{children}</dl>
    </Card>
  );
}

function ModelList({ models }: { models: SystemDetailDTO["models"] }) {
  if (!models.length) return <>—</>;
  return (
    <ul className="space-y-2 whitespace-normal">
      {models.map(({ model }) => (
        <li key={model.id}>
          <span className="font-medium">{model.name}</span>
          {model.registryName && <span className="text-slate-600"> · registry: {model.registryName}</span>}
          {model.versions.length > 0 && (
            <span className="block text-slate-700">
              {model.versions.map((v) => `${v.version}${v.stage ? ` (${v.stage})` : ""}`).join(", ")}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function DatasetList({ datasets }: { datasets: SystemDetailDTO["datasets"] }) {
  if (!datasets.length) return <>—</>;
  return (
    <ul className="space-y-2 whitespace-normal">
      {datasets.map(({ dataset }) => (
        <li key={dataset.id}>
          <span className="font-medium">{dataset.name}</span>
          {dataset.description && <span className="block text-slate-700">{dataset.description}</span>}
          {dataset.uri && <span className="block break-all font-mono text-xs text-slate-600">{dataset.uri}</span>}
        </li>
      ))}
    </ul>
  );
}

export function IntakeDetails({ system: s }: { system: SystemDetailDTO }) {
  const states = s.memberStates.length === 27 ? "All 27 member states" : labelled(s.memberStates, EU_MEMBER_STATES);
  return (
    <div className="space-y-6">
      <Section title="Purpose and ownership">
        <Row label="Intended purpose">{s.intendedPurpose}</Row>
        <Row label="Business unit">{s.businessUnit}</Row>
        <Row label="Owner">{s.owner ? `${s.owner.name} (${s.owner.email})` : "—"}</Row>
        <Row label="Vendor / provider">{s.vendor}</Row>
        <Row label="Sourcing">{s.sourcing ? SOURCING_LABELS[s.sourcing] : "—"}</Row>
        <Row label="Lifecycle stage">{LIFECYCLE_LABELS[s.lifecycleStage]}</Row>
        <Row label="Placed on the market / put into service">{formatDate(s.placedOnMarketAt)}</Row>
      </Section>
      <Section title="Where it is used">
        <Row label="EU member states">{states}</Row>
        <Row label="Output used in the EU">{s.outputUsedInEu === null ? "—" : s.outputUsedInEu ? "Yes" : "No"}</Row>
      </Section>
      <Section title="People and oversight">
        <Row label="Affected persons">{labelled(s.affectedPersons, AFFECTED_GROUP_LABELS)}</Row>
        <Row label="About the affected persons">{s.affectedPersonsNote}</Row>
        <Row label="Degree of automation">{s.automationLevel ? AUTOMATION_LABELS[s.automationLevel] : "—"}</Row>
        <Row label="Human oversight">{s.humanOversight}</Row>
      </Section>
      <Section title="Data, models and datasets">
        <Row label="Data categories">{labelled(s.dataCategories, DATA_CATEGORY_LABELS)}</Row>
        <Row label="Models">
          <ModelList models={s.models} />
        </Row>
        <Row label="Datasets">
          <DatasetList datasets={s.datasets} />
        </Row>
        <Row label="Bill of materials">
          <a
            href={`/systems/${s.id}/bom`}
            download
            className="font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            Download as CycloneDX ML-BOM
          </a>
        </Row>
      </Section>
    </div>
  );
}
