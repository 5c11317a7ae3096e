import Link from "next/link";
import { TierOrUndeterminedBadge } from "@/components/system-badges";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { IncidentSystemOption } from "@/lib/dal/incidents/incidents";

// Step one of recording an incident: which AI system it concerns. A GET search, so it works with any inventory size.
export function SystemPicker({ query, options }: { query: string; options: IncidentSystemOption[] }) {
  return (
    <div className="space-y-4">
      <form
        method="get"
        action="/incidents/new"
        role="search"
        aria-label="Find the AI system"
        className="flex max-w-xl flex-wrap items-end gap-3"
      >
        <div className="min-w-60 flex-1">
          <Field id="incident-system-q" label="AI system name">
            <Input
              id="incident-system-q"
              name="q"
              type="search"
              defaultValue={query}
              placeholder="e.g. credit scoring"
            />
          </Field>
        </div>
        <Button type="submit" variant="secondary">
          Find
        </Button>
      </form>
      <p className="text-sm text-slate-600">
        {query ? `Systems whose name contains “${query}”:` : "High-risk systems in your inventory:"}
      </p>
      {options.length === 0 ? (
        <p className="text-sm text-slate-700">
          {query ? "No AI system matches." : "No high-risk systems yet; search by name."}
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-md border border-slate-200"
          aria-label="AI systems to choose from"
        >
          {options.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2.5 text-sm">
              <span className="flex items-center gap-3">
                <span className="font-medium text-slate-900">{s.name}</span>
                <TierOrUndeterminedBadge system={s} />
              </span>
              <Link
                href={{ pathname: "/incidents/new", query: { systemId: s.id } }}
                className="font-medium text-indigo-800 underline"
              >
                Choose<span className="sr-only"> {s.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
