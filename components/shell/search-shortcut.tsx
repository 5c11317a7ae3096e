"use client";
import { useEffect } from "react";
import { SEARCH_SHORTCUT_SELECTOR } from "@/components/ui/search-input";

// "/" jumps to the page's search box (a SearchInput, which announces the shortcut), as on most list-heavy sites, but never while the person is typing: in a field,
// a select or an editable area the key is just a slash. Pages without a search box are left alone.
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function SearchShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target)) return;
      const box = document.querySelector<HTMLInputElement>(SEARCH_SHORTCUT_SELECTOR);
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return null;
}
