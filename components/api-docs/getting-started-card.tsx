import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/api/pagination";
import { API_SCOPES, type ApiScope } from "@/lib/validations/api-token";
import { CodeBlock } from "./code-block";

const FIRST_CALL = `export ACTLAS_URL="https://actlas.example.com"
export ACTLAS_TOKEN="actlas_…"
curl -sS "$ACTLAS_URL/api/v1/systems?tier=HIGH&pageSize=50" -H "Authorization: Bearer $ACTLAS_TOKEN"`;

// API_SCOPE_LABELS stays English for the OpenAPI document; the page says the same in the reader's language.
const SCOPE_KEYS = {
  read: "scopeRead",
  "systems:write": "scopeSystemsWrite",
  "evidence:write": "scopeEvidenceWrite",
  gate: "scopeGate",
} as const satisfies Record<ApiScope, string>;

const LIST_SHAPE = "{ data, pagination: { page, pageSize, total, totalKind, next, prev } }";

const code = (chunks: ReactNode) => <code className="font-mono">{chunks}</code>;
const strong = (chunks: ReactNode) => <strong className="text-slate-900">{chunks}</strong>;

export function GettingStartedCard({ canManageTokens }: { canManageTokens: boolean }) {
  const t = useTranslations("ApiGettingStarted");
  return (
    <Card id="getting-started" className="scroll-mt-6">
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-5 text-sm text-slate-700">
        <section aria-labelledby="auth-heading" className="space-y-2">
          <h3 id="auth-heading" className="font-semibold text-slate-900">
            {t("authentication")}
          </h3>
          <p>
            {t.rich("sendToken", { code: (chunks) => <code className="font-mono text-slate-900">{chunks}</code> })}{" "}
            {canManageTokens
              ? t.rich("createHere", {
                  link: (chunks) => (
                    <Link href="/settings" className="font-medium text-indigo-700 underline hover:text-indigo-900">
                      {chunks}
                    </Link>
                  ),
                })
              : t("createByAdmins")}{" "}
            {t("audited")}
          </p>
          <CodeBlock code={FIRST_CALL} label={t("firstCall")} />
        </section>
        <section aria-labelledby="scopes-heading" className="space-y-2">
          <h3 id="scopes-heading" className="font-semibold text-slate-900">
            {t("scopes")}
          </h3>
          <dl className="grid gap-x-6 gap-y-1.5 sm:grid-cols-[10rem_1fr]">
            {API_SCOPES.map((scope) => (
              <div key={scope} className="contents">
                <dt className="font-mono text-slate-900">{scope}</dt>
                <dd>{t(SCOPE_KEYS[scope])}</dd>
              </div>
            ))}
          </dl>
          <p>{t.rich("scopesNote", { code })}</p>
        </section>
        <section aria-labelledby="conventions-heading" className="space-y-2">
          <h3 id="conventions-heading" className="font-semibold text-slate-900">
            {t("conventions")}
          </h3>
          <ul className="list-disc space-y-1.5 pl-5">
            <li>
              {t.rich("pagination", {
                code,
                strong,
                defaultSize: DEFAULT_PAGE_SIZE,
                maxSize: MAX_PAGE_SIZE,
                shape: LIST_SHAPE,
              })}
            </li>
            <li>{t.rich("idempotency", { code, strong })}</li>
            <li>{t.rich("concurrency", { code, strong })}</li>
            <li>{t.rich("reads", { strong })}</li>
          </ul>
        </section>
      </CardBody>
    </Card>
  );
}
