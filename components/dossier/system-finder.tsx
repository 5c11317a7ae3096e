import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { DossierSystemMatchDTO } from "@/lib/dal/dossiers/dossiers";

// A plain GET form: works without JavaScript and keeps the search in the URL.
export function SystemFinder({ query, matches }: { query: string; matches: DossierSystemMatchDTO[] }) {
  return (
    <div className="space-y-4">
      <form
        method="get"
        action="/reports"
        className="flex max-w-xl flex-wrap items-end gap-3"
        role="search"
        aria-label="Find an AI system's dossier"
      >
        <div className="min-w-60 flex-1">
          <Field id="dossier-system-q" label="AI system name">
            <Input
              id="dossier-system-q"
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
      {query && matches.length === 0 && <p className="text-sm text-slate-600">No AI system name contains “{query}”.</p>}
      {matches.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Matching AI systems">
          {matches.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm">
              <span className="font-medium text-slate-900">{m.name}</span>
              <span className="flex items-center gap-4">
                <span className="text-slate-600">
                  {m.latestVersion ? `Latest: version ${m.latestVersion}` : "No dossier yet"}
                </span>
                <Link href={`/systems/${m.id}/dossier`} className="font-medium text-indigo-800 underline">
                  Open dossier<span className="sr-only"> of {m.name}</span>
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
