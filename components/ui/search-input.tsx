import { Search } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { Input } from "./field";

/** What "/" looks for (components/shell/search-shortcut.tsx): the box that announces the shortcut is the one it focuses. */
export const SEARCH_SHORTCUT_SELECTOR = 'main input[aria-keyshortcuts="/"]';

// A page's search box. "/" jumps to it, and the box says so: aria-keyshortcuts for screen readers, a "/" key cap for
// sighted people. The key cap shows from sm up (a phone has no keyboard to press it on) while the box is empty and
// unfocused, so it never sits on top of what someone types.
export function SearchInput({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return (
    <div className="relative">
      <Search
        aria-hidden="true"
        className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-500"
      />
      <Input type="search" aria-keyshortcuts="/" className={cn("peer pl-9 sm:pr-10", className)} {...props} />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-2.5 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs leading-5 text-slate-600 sm:peer-placeholder-shown:block sm:peer-focus:hidden"
      >
        /
      </kbd>
    </div>
  );
}
