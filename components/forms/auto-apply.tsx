"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

// Placed inside a GET filter form: a change applies at once, as the inventory's filters do, through client
// navigation so focus stays on the control just changed. The selects follow the URL (Back, "Clear filters").
// Without JavaScript the form keeps its Apply button.
export function AutoApply({ label = "Apply filters" }: { label?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  // False in the server's HTML (the button is there for people without JavaScript), true once running in the browser.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const apply = (event: Event) => {
      event.preventDefault();
      const query = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === "string" && value) query.set(key, value);
      const search = query.toString();
      router.push(search ? `${pathname}?${search}` : pathname, { scroll: false });
    };
    form.addEventListener("change", apply);
    form.addEventListener("submit", apply);
    return () => {
      form.removeEventListener("change", apply);
      form.removeEventListener("submit", apply);
    };
  }, [router, pathname]);

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    for (const el of Array.from(form.elements))
      if (el instanceof HTMLSelectElement) el.value = params.get(el.name) ?? "";
  }, [params]);

  return <span ref={ref}>{!hydrated && <Button type="submit">{label}</Button>}</span>;
}
