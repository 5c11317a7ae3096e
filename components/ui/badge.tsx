import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

// Tones use dark text on light fills so every pair stays above 4.5:1 contrast.
const tones = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  red: "bg-red-50 text-red-800 ring-red-300",
  orange: "bg-orange-50 text-orange-900 ring-orange-300",
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  blue: "bg-sky-50 text-sky-900 ring-sky-300",
  violet: "bg-violet-50 text-violet-900 ring-violet-300",
  green: "bg-emerald-50 text-emerald-900 ring-emerald-300",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
