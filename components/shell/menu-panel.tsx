"use client";
import { Menu, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/utils";

const PANEL_ID = "main-menu";
const FOCUSABLE = "a[href], button:not([disabled]), select:not([disabled]), input:not([disabled])";

// Below lg the sidebar's content (organisation, navigation, account) folds into a panel under a 56 px top bar, so a
// phone keeps its screen for the page. From lg up the panel is the sidebar itself and the button is gone.
export function MenuPanel({ brand, unread, children }: { brand: ReactNode; unread: number; children: ReactNode }) {
  const t = useTranslations("Shell");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // A new page (a link followed, an organisation switched) closes the menu: adjusted during render, not in an effect.
  const pathname = usePathname();
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    // Escape closes the menu wherever focus is (in the panel or on the button) and hands focus back to the button.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <div className="flex h-14 items-center justify-between px-4 lg:block lg:h-auto lg:px-5 lg:py-5">
        {brand}
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={PANEL_ID}
          onClick={() => setOpen(!open)}
          className="relative inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 lg:hidden"
        >
          {open ? <X aria-hidden="true" className="h-5 w-5" /> : <Menu aria-hidden="true" className="h-5 w-5" />}
          {t("menu")}
          {/* The sidebar's unread badge is inside the closed menu, so the button carries it too. */}
          {unread > 0 && (
            <span className="rounded-full bg-indigo-700 px-1.5 py-0.5 text-xs font-semibold tabular-nums text-white">
              {unread > 99 ? "99+" : unread}
              <span className="sr-only"> {t("unreadNotifications", { count: unread })}</span>
            </span>
          )}
        </button>
      </div>
      {/* Tabbing out of the open panel closes it: the page behind it is covered, so focus there would be lost. */}
      <div
        ref={panel}
        id={PANEL_ID}
        onBlur={(e) => {
          const next = e.relatedTarget as Node | null;
          if (open && next && !panel.current?.contains(next) && next !== button.current) setOpen(false);
        }}
        className={cn(
          open
            ? "fixed inset-x-0 bottom-0 top-14 z-40 flex flex-col overflow-y-auto border-t border-slate-200 bg-white pt-3"
            : "hidden",
          "lg:static lg:flex lg:flex-1 lg:flex-col lg:overflow-visible lg:border-t-0 lg:pt-0",
        )}
      >
        {children}
      </div>
    </>
  );
}
