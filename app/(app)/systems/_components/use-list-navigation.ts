"use client";
import { useRouter, useSearchParams } from "next/navigation";
import { useMemo, useTransition } from "react";
import {
  parseSystemListParams,
  systemsHref,
  type SystemColumn,
  type SystemListQuery,
} from "@/lib/validations/system-list";

// The URL is the table's only state store: every change is a navigation, so views can be shared and the back
// button steps through them. The server page parses the same URL with the same parser.
export function useListNavigation() {
  const router = useRouter();
  const params = useSearchParams();
  const query = useMemo(() => parseSystemListParams(new URLSearchParams(params.toString())), [params]);
  const [isPending, startTransition] = useTransition();

  // A change of filters, sort or page size starts again at page 1 unless the change names a page itself.
  const go = (changes: Partial<SystemListQuery>) => {
    startTransition(() => router.push(systemsHref({ ...query, page: 1, ...changes }), { scroll: false }));
  };

  // Columns change only what the browser shows, so the URL is rewritten without asking the server again.
  const setColumns = (cols: SystemColumn[]) => {
    window.history.replaceState(null, "", systemsHref({ ...query, cols }));
  };

  return { query, go, setColumns, isPending };
}
