"use client";
import { ChevronDown } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/lib/utils";

export type MenuOption<T extends string> = { value: T; label: string };

// A disclosure with a group of checkboxes: keyboard and screen-reader friendly without a custom listbox.
// Escape or a click elsewhere closes it.
export function CheckboxMenu<T extends string>({
  label,
  summary,
  options,
  selected,
  onChange,
  align = "left",
  hideLabel = false,
}: {
  label: string;
  summary: string;
  options: MenuOption<T>[];
  selected: readonly T[];
  onChange: (values: T[]) => void;
  align?: "left" | "right";
  hideLabel?: boolean;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  // The boxes show the click at once; the URL (and so `selected`) catches up when the navigation lands.
  const selectedKey = selected.join(",");
  const [local, setLocal] = useState({ from: selectedKey, values: [...selected] });
  const shown = local.from === selectedKey ? local.values : selected;
  const labelId = useId();
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("click", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("click", close);
    };
  }, []);
  const toggle = (value: T, on: boolean) => {
    const values = options.map((o) => o.value).filter((v) => (v === value ? on : shown.includes(v)));
    setLocal({ from: selectedKey, values });
    onChange(values);
  };
  return (
    <div className="min-w-0">
      <span id={labelId} className={hideLabel ? "sr-only" : "mb-1.5 block text-sm font-medium text-slate-800"}>
        {label}
      </span>
      <details ref={ref} className="relative">
        <summary
          aria-labelledby={`${labelId} ${labelId}-summary`}
          className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 [&::-webkit-details-marker]:hidden"
        >
          <span id={`${labelId}-summary`} className="truncate">
            {summary}
          </span>
          <ChevronDown aria-hidden="true" className="h-4 w-4 shrink-0 text-slate-500" />
        </summary>
        <fieldset
          className={cn(
            "absolute z-20 mt-1 max-h-80 w-64 overflow-y-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg",
            align === "right" ? "right-0" : "left-0",
          )}
        >
          <legend className="sr-only">{label}</legend>
          {options.map((o) => (
            <label
              key={o.value}
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-50"
            >
              <input
                type="checkbox"
                className="h-4 w-4 accent-indigo-700"
                checked={shown.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}

/** `many` words a longer choice by its count ("3 selected"), in the reader's language. */
export function summarise<T extends string>(
  selected: readonly T[],
  options: MenuOption<T>[],
  none: string,
  many: (count: number) => string,
): string {
  if (selected.length === 0) return none;
  if (selected.length <= 2) return selected.map((v) => options.find((o) => o.value === v)?.label ?? v).join(", ");
  return many(selected.length);
}
