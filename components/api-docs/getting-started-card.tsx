import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/api/pagination";
import { API_SCOPE_LABELS, API_SCOPES } from "@/lib/validations/api-token";
import { CodeBlock } from "./code-block";

const FIRST_CALL = `export ACTLAS_URL="https://actlas.example.com"
export ACTLAS_TOKEN="actlas_…"
curl -sS "$ACTLAS_URL/api/v1/systems?tier=HIGH&pageSize=50" -H "Authorization: Bearer $ACTLAS_TOKEN"`;

export function GettingStartedCard({ canManageTokens }: { canManageTokens: boolean }) {
  return (
    <Card id="getting-started" className="scroll-mt-6">
      <CardHeader
        title="Getting started"
        description="Base URL /api/v1 on this server. JSON in, JSON out; dates are ISO 8601 in UTC."
      />
      <CardBody className="space-y-5 text-sm text-slate-700">
        <section aria-labelledby="auth-heading" className="space-y-2">
          <h3 id="auth-heading" className="font-semibold text-slate-900">
            Authentication
          </h3>
          <p>
            Send an organisation API token as{" "}
            <code className="font-mono text-slate-900">Authorization: Bearer actlas_…</code>.{" "}
            {canManageTokens ? (
              <>
                Create one under{" "}
                <Link href="/settings" className="font-medium text-indigo-700 underline hover:text-indigo-900">
                  Settings → API tokens
                </Link>
                ; it is shown once.
              </>
            ) : (
              <>Administrators create tokens under Settings → API tokens.</>
            )}{" "}
            Everything a token writes is in the audit trail under the token&apos;s name.
          </p>
          <CodeBlock code={FIRST_CALL} label="A first call with curl" />
        </section>
        <section aria-labelledby="scopes-heading" className="space-y-2">
          <h3 id="scopes-heading" className="font-semibold text-slate-900">
            Scopes
          </h3>
          <dl className="grid gap-x-6 gap-y-1.5 sm:grid-cols-[10rem_1fr]">
            {API_SCOPES.map((scope) => (
              <div key={scope} className="contents">
                <dt className="font-mono text-slate-900">{scope}</dt>
                <dd>{API_SCOPE_LABELS[scope]}</dd>
              </div>
            ))}
          </dl>
          <p>
            Operations marked <code className="font-mono">scope: read</code> work with any token; the others need the
            scope they name, and a token without it gets 403 before its input is looked at.
          </p>
        </section>
        <section aria-labelledby="conventions-heading" className="space-y-2">
          <h3 id="conventions-heading" className="font-semibold text-slate-900">
            Conventions
          </h3>
          <ul className="list-disc space-y-1.5 pl-5">
            <li>
              <strong className="text-slate-900">Pagination:</strong> <code className="font-mono">?page</code> (from 1)
              and <code className="font-mono">?pageSize</code> (default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}).
              Lists answer{" "}
              <code className="font-mono">
                {"{ data, pagination: { page, pageSize, total, totalKind, next, prev } }"}
              </code>
              ; <code className="font-mono">next</code> is the URL of the next page or null, and the same links come in
              a <code className="font-mono">Link</code> header.
            </li>
            <li>
              <strong className="text-slate-900">Idempotency:</strong> send{" "}
              <code className="font-mono">Idempotency-Key</code> on a POST to retry it safely. The same key and body
              within 24 hours return the first response again, with{" "}
              <code className="font-mono">Idempotent-Replayed: true</code>; the same key with another body is a 422.
            </li>
            <li>
              <strong className="text-slate-900">Concurrent edits:</strong> updates carry the{" "}
              <code className="font-mono">version</code> you read. If the record changed since, the answer is 409 and
              nothing is saved; read it again and reapply your change.
            </li>
            <li>
              <strong className="text-slate-900">Reads are not audited one by one;</strong> each token shows when it was
              last used. Every change is audited.
            </li>
          </ul>
        </section>
      </CardBody>
    </Card>
  );
}
