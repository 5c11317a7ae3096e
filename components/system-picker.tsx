import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";

export type SystemPickerItem = {
  id: string;
  name: string;
  href: string;
  /** Shown beside the name (e.g. the tier). */
  badge?: ReactNode;
  /** Shown before the link (e.g. the latest dossier version). */
  detail?: ReactNode;
};

type Props = {
  /** The page the search submits to, with the query as `q`. */
  action: string;
  /** Id of the search box (unique on the page). */
  inputId: string;
  /** Names the search landmark: what the system is being chosen for. */
  searchLabel: string;
  query: string;
  items: SystemPickerItem[];
  listLabel: string;
  /** A line above the list, saying what it holds. */
  intro?: string;
  /** Shown when nothing is listed; nothing when left out. */
  empty?: string;
  /** The link's visible text; screen readers hear it followed by `linkContext` and the system's name. */
  linkText: string;
  linkContext?: string;
};

// Choosing one AI system out of an inventory of any size: a GET search (works without JavaScript, keeps the search
// in the URL, and the server lists only what matches) above a list of links. Rows wrap, so it fits at 390 px.
export function SystemPicker({
  action,
  inputId,
  searchLabel,
  query,
  items,
  listLabel,
  intro,
  empty,
  linkText,
  linkContext,
}: Props) {
  const t = useTranslations("SystemPicker");
  return (
    <div className="space-y-4">
      <form
        method="get"
        action={action}
        role="search"
        aria-label={searchLabel}
        className="flex max-w-xl flex-wrap items-end gap-3"
      >
        <div className="min-w-60 flex-1">
          <Field id={inputId} label={t("nameLabel")}>
            <SearchInput id={inputId} name="q" defaultValue={query} placeholder={t("placeholder")} />
          </Field>
        </div>
        <Button type="submit" variant="secondary">
          {t("find")}
        </Button>
      </form>
      {intro && <p className="text-sm text-slate-600">{intro}</p>}
      {items.length === 0 ? (
        empty && <p className="text-sm text-slate-700">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label={listLabel}>
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2.5 text-sm">
              <span className="flex flex-wrap items-center gap-3">
                <span className="font-medium text-slate-900">{item.name}</span>
                {item.badge}
              </span>
              <span className="flex flex-wrap items-center gap-4">
                {item.detail}
                <Link href={item.href} className="font-medium text-indigo-800 underline">
                  {linkText}
                  <span className="sr-only">{` ${linkContext ? `${linkContext} ` : ""}${item.name}`}</span>
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
