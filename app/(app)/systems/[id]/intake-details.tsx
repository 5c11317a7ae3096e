import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useIntakeFieldLabels } from "@/components/intake/intake-labels";
import { useIntakeOptionLabels } from "@/components/intake/option-labels";
import { useSystemBadgeLabels } from "@/components/system-badges";
import { Card, CardHeader } from "@/components/ui/card";
import type { SystemDetailDTO } from "@/lib/dal/systems/systems";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

function labelled(codes: string[], label: (code: string) => string): string {
  return codes.length ? codes.map(label).join(", ") : "—";
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
  const t = useTranslations("SystemOverview");
  if (!models.length) return <>—</>;
  return (
    <ul className="space-y-2 whitespace-normal">
      {models.map(({ model }) => (
        <li key={model.id}>
          <span className="font-medium">{model.name}</span>
          {model.registryName && (
            <span className="text-slate-600"> · {t("registry", { name: model.registryName })}</span>
          )}
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
  const t = useTranslations("SystemOverview");
  const locale = useLocale() as Locale;
  const { field } = useIntakeFieldLabels();
  const options = useIntakeOptionLabels();
  const badges = useSystemBadgeLabels();
  const states = s.memberStates.length === 27 ? t("allMemberStates") : labelled(s.memberStates, options.memberState);
  const yesNo = s.outputUsedInEu === null ? "—" : s.outputUsedInEu ? t("yes") : t("no");
  return (
    <div className="space-y-6">
      <Section title={t("purposeTitle")}>
        <Row label={field("intendedPurpose")}>{s.intendedPurpose}</Row>
        <Row label={field("businessUnit")}>{s.businessUnit}</Row>
        <Row label={field("ownerId")}>{s.owner ? `${s.owner.name} (${s.owner.email})` : "—"}</Row>
        <Row label={field("vendor")}>{s.vendor}</Row>
        <Row label={field("sourcing")}>{s.sourcing ? options.sourcing(s.sourcing) : "—"}</Row>
        <Row label={field("lifecycleStage")}>{badges.lifecycle(s.lifecycleStage)}</Row>
        <Row label={field("placedOnMarketAt")}>{formatDateIn(locale, s.placedOnMarketAt)}</Row>
      </Section>
      <Section title={t("usageTitle")}>
        <Row label={field("memberStates")}>{states}</Row>
        <Row label={field("outputUsedInEu")}>{yesNo}</Row>
      </Section>
      <Section title={t("peopleTitle")}>
        <Row label={t("affectedPersons")}>{labelled(s.affectedPersons, options.affectedGroup)}</Row>
        <Row label={field("affectedPersonsNote")}>{s.affectedPersonsNote}</Row>
        <Row label={field("automationLevel")}>{s.automationLevel ? options.automation(s.automationLevel) : "—"}</Row>
        <Row label={field("humanOversight")}>{s.humanOversight}</Row>
      </Section>
      <Section title={t("dataTitle")}>
        <Row label={field("dataCategories")}>{labelled(s.dataCategories, options.dataCategory)}</Row>
        <Row label={field("models")}>
          <ModelList models={s.models} />
        </Row>
        <Row label={field("datasets")}>
          <DatasetList datasets={s.datasets} />
        </Row>
        <Row label={t("bom")}>
          <a
            href={`/systems/${s.id}/bom`}
            download
            className="font-medium text-indigo-700 underline hover:text-indigo-900"
          >
            {t("bomDownload")}
          </a>
        </Row>
      </Section>
    </div>
  );
}
