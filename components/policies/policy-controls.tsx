"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Button } from "@/components/ui/button";
import type { PolicyControlDTO } from "@/lib/dal/policies/control-links";
import type { TPolicyControlLink } from "@/lib/validations/policies";

type Choices = { framework: string; name: string; controls: { id: string; title: string }[] }[];

type Props = {
  policyId: string;
  links: PolicyControlDTO[];
  choices: Choices;
  // Absent for those who may not add evidence, or while the policy has no version in force.
  link?: ServerAction<TPolicyControlLink>;
  unlink?: ServerAction<{ linkId: string }>;
};

export const controlHref = (framework: string, controlId: string) =>
  `/standards/${framework}?${new URLSearchParams({ control: controlId })}#control-detail-title`;

// The ISO/IEC 42001 and NIST AI RMF controls a policy is evidence for, and "Link to a control" (one list grouped by
// framework). A refusal (say, the policy was retired meanwhile) is shown beside the list.
export function PolicyControls({ policyId, links, choices, link, unlink }: Props) {
  const t = useTranslations("PolicyControls");
  const router = useRouter();
  const id = useId();
  const [choice, setChoice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (call: () => ReturnType<ServerAction<unknown>>) => {
    setError(null);
    startTransition(async () => {
      const r = await call();
      if (!r.ok) return setError(r.fieldErrors?.control?.[0] ?? r.error);
      setChoice("");
      router.refresh();
    });
  };
  const linked = new Set(links.map((l) => `${l.framework}:${l.controlId}`));
  return (
    <div className="space-y-3 px-5 py-4 text-sm">
      {links.length === 0 ? (
        <p className="text-slate-600">{t("noControls")}</p>
      ) : (
        <ul className="space-y-1">
          {links.map((l) => (
            <li key={l.linkId} className="flex flex-wrap items-center gap-x-2">
              <span className="text-slate-600">{l.frameworkName}</span>
              <Link className="text-indigo-700 underline" href={controlHref(l.framework, l.controlId)}>
                <span className="font-mono">{l.controlId}</span> {l.title}
              </Link>
              {unlink && (
                <Button
                  type="button"
                  variant="ghost"
                  className="text-red-700"
                  disabled={pending}
                  onClick={() => run(() => unlink({ linkId: l.linkId }))}
                >
                  {t("unlink")}
                  <span className="sr-only"> {l.controlId}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {link && (
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 max-w-full">
            <label htmlFor={id} className="block font-medium text-slate-900">
              {t("linkLabel")}
            </label>
            <select
              id={id}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              className="mt-1 w-full max-w-md rounded-md border border-slate-300 px-2 py-1.5"
            >
              <option value="">{t("choose")}</option>
              {choices.map((f) => (
                <optgroup key={f.framework} label={f.name}>
                  {f.controls
                    .filter((c) => !linked.has(`${f.framework}:${c.id}`))
                    .map((c) => (
                      <option key={c.id} value={`${f.framework}:${c.id}`}>
                        {c.id} {c.title}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <Button
            type="button"
            variant="secondary"
            disabled={pending || !choice}
            onClick={() => run(() => link({ policyId, control: choice }))}
          >
            {t("linkButton")}
          </Button>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
