"use client";
import { useSyncExternalStore, type ReactNode } from "react";

const noSubscription = () => () => {};

// A chart sizes itself to its box, which the server cannot measure: there recharts built its whole tree (a store,
// scales, axes) per chart only to print an empty 0 × 0 container. The chart's box, height and accessible name stay
// in the server's HTML; what is drawn in it is rendered once the page runs in the browser.
export function BrowserOnly({ children }: { children: ReactNode }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return inBrowser ? children : null;
}
