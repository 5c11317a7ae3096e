import type { ActionResult } from "@/lib/action";

// A server action as a component receives it: the page (app/) passes its action in as a prop, so components never
// import a route's code and the layering (app → components → lib) holds.
export type ServerAction<I, T = unknown> = (input: I) => Promise<ActionResult<T>>;
