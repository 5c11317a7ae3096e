import { cn } from "@/lib/utils";

export function Logo({ className }: { className?: string }) {
  return (
    <span
      className={cn("inline-flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900", className)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 text-indigo-700">
        <rect width="24" height="24" rx="6" fill="currentColor" />
        <path
          d="M7 17 12 6l5 11M9 13h6"
          stroke="white"
          strokeWidth="2"
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      Actlas
    </span>
  );
}
