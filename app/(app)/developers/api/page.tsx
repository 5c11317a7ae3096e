import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { GettingStartedCard } from "@/components/api-docs/getting-started-card";
import { OperationCard } from "@/components/api-docs/operation-card";
import { ProblemsCard } from "@/components/api-docs/problems-card";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { operationDocsByTag } from "@/lib/api/docs-model";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ApiDocs"))("title") };
}

const tagAnchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

// The reference is generated from the same route registry as /api/v1/openapi.json, so the two cannot disagree. The
// page's own words follow the reader's language; the operations, paths and the OpenAPI document stay English.
export default async function ApiDocsPage() {
  const [{ role }, t, locale] = await Promise.all([
    getViewer(await requireActor()),
    getTranslations("ApiDocs"),
    getLocale(),
  ]);
  const groups = operationDocsByTag();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/api/v1/openapi.json" variant="secondary">
            {t("openApi")}
          </ButtonLink>
        }
      />
      <div className="grid gap-8 xl:grid-cols-[16rem_1fr]">
        <nav aria-label={t("contents")} className="xl:sticky xl:top-6 xl:self-start">
          <ul className="space-y-1 text-sm">
            <li>
              <a
                href="#getting-started"
                className="block rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
              >
                {t("gettingStarted")}
              </a>
            </li>
            <li>
              <a
                href="#errors"
                className="block rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
              >
                {t("errors")}
              </a>
            </li>
            {groups.map(({ tag, operations }) => (
              <li key={tag}>
                <a
                  href={`#${tagAnchor(tag)}`}
                  className="block rounded px-2 py-1 font-medium text-slate-800 hover:bg-slate-100"
                >
                  <span lang="en">{tag}</span>
                </a>
                <ul className="mb-2 ml-2 space-y-0.5">
                  {operations.map((op) => (
                    <li key={op.anchor}>
                      <a
                        href={`#${op.anchor}`}
                        className="flex min-h-6 items-center gap-2 rounded px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                      >
                        <span className="w-12 shrink-0 font-mono font-semibold">{op.method}</span>
                        <span className="break-all font-mono">{op.path}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 space-y-8">
          {locale !== "en" && <Alert>{t("referenceInEnglish")}</Alert>}
          <GettingStartedCard canManageTokens={!!role && can(role, "token.manage")} />
          <ProblemsCard />
          {groups.map(({ tag, operations }) => (
            <section
              key={tag}
              id={tagAnchor(tag)}
              aria-labelledby={`${tagAnchor(tag)}-heading`}
              className="scroll-mt-6 space-y-4"
            >
              <h2
                id={`${tagAnchor(tag)}-heading`}
                className="flex items-center gap-3 text-lg font-semibold text-slate-900"
              >
                <span lang="en">{tag}</span>
                <span className="text-sm font-normal text-slate-600">
                  {t("operations", { count: operations.length })}
                </span>
              </h2>
              {operations.map((op) => (
                <OperationCard key={op.anchor} op={op} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
