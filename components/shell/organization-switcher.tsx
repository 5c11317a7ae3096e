"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";

type Org = { id: string; name: string };
export type SwitchOrganization = ServerAction<{ organizationId: string }>;

// A native select keeps this fully keyboard- and screen-reader-operable without a custom listbox.
export function OrganizationSwitcher({
  current,
  organizations,
  switchTo,
}: {
  current: Org | null;
  organizations: Org[];
  switchTo: SwitchOrganization;
}) {
  const t = useTranslations("Shell");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (organizations.length === 0) return null;
  const onChange = (organizationId: string) =>
    startTransition(async () => {
      setError(null);
      const result = await switchTo({ organizationId });
      if (!result.ok) return setError(result.error);
      router.push("/systems");
      router.refresh();
    });
  return (
    <div>
      <label
        htmlFor="organization-switcher"
        className="block px-1 text-xs font-medium uppercase tracking-wide text-slate-600"
      >
        {t("organisation")}
      </label>
      <select
        id="organization-switcher"
        value={current?.id ?? ""}
        disabled={pending}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 block w-full truncate rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-900 focus:outline-2 focus:outline-indigo-600"
      >
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
