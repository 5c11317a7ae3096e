import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CoverageBar } from "@/components/standards/status";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listApplicability } from "@/lib/dal/standards/applicability";
import { coverageFacts } from "@/lib/dal/standards/coverage";
import { FRAMEWORK_IDS, FRAMEWORKS, STANDARDS_CHANGELOG, STANDARDS_VERSION, type FrameworkId } from "@/lib/standards";
import { frameworkCoverage } from "@/lib/standards/coverage";
import { editionIn } from "@/lib/standards/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Standards"))("title") };
}

// The framework catalogue (lib/standards) is English data; its summaries shown here are translated by framework.
const SUMMARY_KEY = {
  "iso-42001": "summaryIso",
  "nist-ai-rmf": "summaryRmf",
  "nist-ai-600-1": "summaryGenAi",
} as const satisfies Record<FrameworkId, string>;

export default async function StandardsPage() {
  const actor = await requireActor();
  const [t, locale, facts, isoDecisions] = await Promise.all([
    getTranslations("Standards"),
    getLocale(),
    coverageFacts(actor),
    listApplicability(actor, "iso-42001"),
  ]);
  const excluded = new Set([...isoDecisions.values()].filter((d) => !d.applicable).map((d) => d.controlId));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        {FRAMEWORK_IDS.map((id) => {
          const f = FRAMEWORKS[id];
          const { summary } = frameworkCoverage(f, facts, f.hasSoa ? excluded : undefined);
          return (
            <Card key={id}>
              <CardBody className="space-y-4">
                <div>
                  <h2 className="text-lg font-semibold text-slate-900">
                    <Link href={`/standards/${id}`} className="text-indigo-800 underline underline-offset-2">
                      {f.name}
                    </Link>{" "}
                    <span className="text-sm font-normal text-slate-600">{editionIn(locale, f)}</span>
                  </h2>
                  <p className="mt-1 text-sm text-slate-600">{t(SUMMARY_KEY[id])}</p>
                </div>
                <CoverageBar summary={summary} />
                <p className="text-sm text-slate-800">{t("summaryLine", summary)}</p>
                <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-medium">
                  <Link href={`/standards/${id}`} className="text-indigo-700 underline">
                    {t("allControls", { count: summary.controls })}
                  </Link>
                  {summary.gap + summary.partial > 0 && (
                    <Link href={`/standards/${id}?show=gaps`} className="text-indigo-700 underline">
                      {t("withGaps", { count: summary.gap + summary.partial })}
                    </Link>
                  )}
                </div>
              </CardBody>
            </Card>
          );
        })}
      </div>
      <p className="mt-6 max-w-3xl text-xs text-slate-600">
        {t("footnote", { version: STANDARDS_VERSION, date: STANDARDS_CHANGELOG.at(-1)?.date ?? "" })}
      </p>
    </>
  );
}
