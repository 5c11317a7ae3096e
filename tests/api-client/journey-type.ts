// The journey's shape (journey.ts), for the suites that load it by a computed path: journey.ts imports the generated
// schema, which a fresh clone's typecheck has not made yet, so they name its type from here instead.
export type Journey = {
  runPipelineJourney(
    baseUrl: string,
    token: string,
    fetch: typeof globalThis.fetch,
  ): Promise<{
    log: { step: string; status: number }[];
    breached: boolean;
    breachTaskId?: string;
    taskIds: string[];
    failingCodes: string[];
    afterCodes: string[];
  }>;
};
