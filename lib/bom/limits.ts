// Bounds on an imported bill of materials, shared by the page, the browser route and the REST API.
export const BOM_LIMITS = {
  bytes: 5 * 1024 * 1024,
  components: 5_000,
  // Schema errors listed back to the user: enough to fix a file in one go without flooding the page.
  problems: 20,
} as const;

/** One thing wrong with the file, at its JSON pointer ("" for the whole file). */
export type BomProblem = { path: string; message: string };
