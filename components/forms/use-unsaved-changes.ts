"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

const GUARD = "actlasUnsavedGuard";

// A click that leaves this page for another page of the app, in this tab. New tabs, downloads, modified clicks and
// in-page anchors leave the form where it is; other sites are left to the browser's own beforeunload prompt.
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return null;
  if (link.target && link.target !== "_self") return null;
  const url = new URL(link.href, window.location.href);
  const here = window.location;
  if (url.origin !== here.origin) return null;
  if (url.pathname === here.pathname && url.search === here.search) return null;
  return link;
}

/**
 * While `dirty`, asks before the page is left: reload or close (beforeunload), a link anywhere on the page (the
 * App Router has no route-change event to veto, so links are caught as they are clicked) and the Back button.
 */
export function useUnsavedChanges(dirty: boolean) {
  // DraftNotice is one of the namespaces every page sends, so the question is in the reader's language wherever a
  // form is.
  const leaveMessage = useTranslations("DraftNotice")("leave");
  useEffect(() => {
    if (!dirty) return;
    // Once the person has said "leave", a full-page link must not ask a second time through beforeunload.
    let leaving = false;
    const agreeToLeave = () => {
      leaving = true;
      window.setTimeout(() => (leaving = false), 1000);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (!leavingLink(event)) return;
      if (window.confirm(leaveMessage)) return agreeToLeave();
      // Capturing on window runs before React's own listener, so the router never sees the click.
      event.preventDefault();
      event.stopPropagation();
    };
    // Back has no event to veto: an extra entry for this same address catches it, and a "stay" puts it back.
    const guardUrl = window.location.href;
    if (!(window.history.state as Record<string, unknown> | null)?.[GUARD])
      window.history.pushState({ [GUARD]: true }, "", guardUrl);
    const onPopState = (event: PopStateEvent) => {
      const state = event.state as Record<string, unknown> | null;
      // An in-page anchor also fires popstate; only a step back onto this page's own entry is a leave.
      if (leaving || state?.[GUARD] || window.location.href !== guardUrl) return;
      if (!window.confirm(leaveMessage)) return window.history.pushState({ [GUARD]: true }, "", guardUrl);
      agreeToLeave();
      window.history.back();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, [dirty, leaveMessage]);
}
