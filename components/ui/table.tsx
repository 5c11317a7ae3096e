import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/lib/utils";

// A data table that reads well at 390 px: the table scrolls sideways inside its own box instead of widening the page,
// and that box is a named, focusable region so keyboard users can scroll it too (axe: scrollable-region-focusable).
// Every table carries a caption (shown only to screen readers unless `showCaption`), and header cells a scope.
export function Table({
  caption,
  label,
  showCaption = false,
  className,
  tableClassName,
  explicitRoles = false,
  children,
}: {
  caption: ReactNode;
  /** The scroll region's name when it must differ from the caption; by default the caption names it. */
  label?: string;
  showCaption?: boolean;
  className?: string;
  tableClassName?: string;
  /**
   * For a table whose rows CSS lays out as something else (cards on a phone): WebKit drops the table semantics of a
   * table displayed as blocks or grids unless the roles are named, so the table says role="table" and its rows and
   * cells must name theirs too.
   */
  explicitRoles?: boolean;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div
      role="region"
      tabIndex={0}
      aria-label={label}
      aria-labelledby={label ? undefined : captionId}
      className={cn(
        // relative: an absolutely positioned descendant (an sr-only label) is clipped by this scroller only if it is
        // the containing block; otherwise it escapes and widens the whole page on a phone.
        "relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
        className,
      )}
    >
      <table role={explicitRoles ? "table" : undefined} className={cn("w-full text-left text-sm", tableClassName)}>
        <caption
          id={captionId}
          className={showCaption ? "mb-2 text-left text-sm font-medium text-slate-800" : "sr-only"}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** The header row, in the app's small-capitals style. */
export function TableHead({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <thead
      className={cn(
        "border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600",
        className,
      )}
    >
      <tr>{children}</tr>
    </thead>
  );
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-slate-100", className)} {...props} />;
}

/** A header cell: a column's by default, a row's with scope="row". */
export function Th({ scope = "col", className, ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cn("px-3 py-2.5", className)} {...props} />;
}
