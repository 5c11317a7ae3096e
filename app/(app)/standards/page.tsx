import type { Metadata } from "next";
import Link from "next/link";
import { CoverageBar } from "@/components/standards/status";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listApplicability } from "@/lib/dal/standards/applicability";
import { coverageFacts } from "@/lib/dal/standards/coverage";
import { FRAMEWORK_IDS, FRAMEWORKS, STANDARDS_CHANGELOG, STANDARDS_VERSION } from "@/lib/standards";
import { frameworkCoverage, summaryLine } from "@/lib/standards/coverage";

export const metadata: Metadata = { title: "Standards" };

export default async function StandardsPage() {
  const actor = await requireActor();
  const [facts, isoDecisions] = await Promise.all([coverageFacts(actor), listApplicability(actor, "iso-42001")]);
  const excluded = new Set([...isoDecisions.values()].filter((d) => !d.applicable).map((d) => d.controlId));
  return (
    <>
      <PageHeader
        title="Standards"
        description="ISO/IEC 42001, the NIST AI RMF and its Generative AI Profile mapped to the records you keep here: AI Act obligations with their evidence, the Art 9 risk register and the Art 4 AI-literacy register. See how far they evidence each control, and where the gaps are."
      />
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
                    <span className="text-sm font-normal text-slate-600">{f.edition}</span>
                  </h2>
                  <p className="mt-1 text-sm text-slate-600">{f.summary}</p>
                </div>
                <CoverageBar summary={summary} />
                <p className="text-sm text-slate-800">{summaryLine(summary)}.</p>
                <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-medium">
                  <Link href={`/standards/${id}`} className="text-indigo-700 underline">
                    All {summary.controls} controls
                  </Link>
                  {summary.gap + summary.partial > 0 && (
                    <Link href={`/standards/${id}?show=gaps`} className="text-indigo-700 underline">
                      {summary.gap + summary.partial} with gaps
                    </Link>
                  )}
                </div>
              </CardBody>
            </Card>
          );
        })}
      </div>
      <p className="mt-6 max-w-3xl text-xs text-slate-600">
        Crosswalk {STANDARDS_VERSION} ({STANDARDS_CHANGELOG.at(-1)?.date}). Control numbers are the standards’; titles
        are our own short wording, not the standards’ text. A control is fully evidenced when every AI Act duty it maps
        to is done with evidence on every system that has it, every high-risk system has a risk register, and every
        operator and overseer is trained, as it applies.
      </p>
    </>
  );
}
