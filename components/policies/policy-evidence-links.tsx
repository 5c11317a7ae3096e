"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Button } from "@/components/ui/button";
import type { PolicyEvidenceDTO } from "@/lib/dal/policies/evidence-links";
import type { TPolicyEvidenceLink } from "@/lib/validations/policies";

export type PolicyEvidenceProps = {
  obligationId: string;
  links: PolicyEvidenceDTO[];
  published: { id: string; title: string; number: number }[];
  link?: ServerAction<TPolicyEvidenceLink>;
  unlink?: ServerAction<{ linkId: string }>;
};

// Policies recorded as an obligation's evidence, and (for those who add evidence) "Link a policy": the version in
// force is recorded, so a later version shows the link as superseded rather than moving it silently.
export function PolicyEvidenceLinks({ obligationId, links, published, link, unlink }: PolicyEvidenceProps) {
  const t = useTranslations("PolicyEvidence");
  const router = useRouter();
  const id = useId();
  const [choice, setChoice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (call: () => ReturnType<ServerAction<unknown>>) => {
    setError(null);
    startTransition(async () => {
      const r = await call();
      if (!r.ok) return setError(r.error);
      setChoice("");
      router.refresh();
    });
  };
  const linkable = published.filter((p) => !links.some((l) => l.policyId === p.id && l.number === p.number));
  if (links.length === 0 && (!link || published.length === 0)) return null;
  return (
    <div className="mt-4 space-y-2">
      {links.length > 0 && (
        <ul className="space-y-1 text-sm">
          {links.map((l) => (
            <li key={l.linkId} className="flex flex-wrap items-center gap-2">
              <span>{t("linked")}</span>
              <Link className="text-indigo-700 underline" href={`/policies/${l.policyId}`}>
                {t("version", { title: l.title, number: l.number })}
              </Link>
              {l.status !== "PUBLISHED" && <span className="text-slate-600">{t("superseded")}</span>}
              {unlink && (
                <Button
                  type="button"
                  variant="ghost"
                  className="text-red-700"
                  disabled={pending}
                  onClick={() => run(() => unlink({ linkId: l.linkId }))}
                >
                  {t("unlink")}
                  <span className="sr-only"> {l.title}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {link && linkable.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={id} className="block text-sm font-medium text-slate-900">
              {t("linkPolicy")}
            </label>
            <select
              id={id}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              aria-describedby={error ? `${id}-error` : undefined}
              className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            >
              <option value="">{t("choose")}</option>
              {linkable.map((p) => (
                <option key={p.id} value={p.id}>
                  {t("option", { title: p.title, number: p.number })}
                </option>
              ))}
            </select>
          </div>
          <Button
            type="button"
            variant="secondary"
            disabled={pending || !choice}
            onClick={() => run(() => link({ obligationId, policyId: choice }))}
          >
            {t("submit")}
          </Button>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
