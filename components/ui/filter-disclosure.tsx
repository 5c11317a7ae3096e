"use client";
import { SlidersHorizontal } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Button } from "./button";

// On a phone a list's filters would fill the first screen before any result: they wait behind one button that says
// how many are on. From md up the button is gone and the filters show as they always did. Closed means display:none,
// so keyboard and screen-reader users meet the filters exactly when sighted users do.
export function FilterDisclosure({
  active,
  className,
  children,
}: {
  active: number;
  /** Classes of the box that holds the filters. */
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button
        type="button"
        variant="secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="md:hidden"
      >
        <SlidersHorizontal aria-hidden="true" className="h-4 w-4" />
        {active > 0 ? `Filters (${active} active)` : "Filters"}
      </Button>
      <div id={id} className={cn(open ? "mt-3 md:mt-0" : "hidden", "md:block", className)}>
        {children}
      </div>
    </div>
  );
}
