import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";
import type { SystemDetailDTO } from "@/lib/dal/systems";
import { formatDate } from "@/lib/utils";
import {
  AFFECTED_GROUP_LABELS, AUTOMATION_LABELS, DATA_CATEGORY_LABELS, EU_MEMBER_STATES, LIFECYCLE_LABELS, SOURCING_LABELS,
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
          {s.models.length ? s.models.map(({ model }) => `${model.name}${model.versions[0] ? ` (latest ${model.versions[0].version}${model.versions[0].stage ? `, ${model.versions[0].stage}` : ""})` : ""}`).join("\n") : "—"}
        </Row>
        <Row label="Datasets">{s.datasets.length ? s.datasets.map(({ dataset }) => dataset.name).join("\n") : "—"}</Row>
      </Section>
    </div>
  );
}
