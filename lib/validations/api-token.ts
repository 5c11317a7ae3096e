import { z } from "zod";

// What a token may do through the REST API. Read-only is the default; each write scope is explicit.
export const API_SCOPES = ["read", "systems:write", "evidence:write", "gate"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  read: "Read systems, classifications and obligations",
  "systems:write": "Create and update AI systems, models and monitoring events",
  "evidence:write": "Upload evidence and update obligation status",
  gate: "Ask the CI gate whether a system may ship",
};

export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(2, "Name the token after what uses it, e.g. “MLflow sync”.").max(80, "Use at most 80 characters."),
  scopes: z.array(z.enum(API_SCOPES)).min(1, "Choose at least one scope."),
  lifetime: z.enum(TOKEN_LIFETIMES, { message: "Choose how long the token stays valid." }),
});
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

export const ZApiTokenRef = z.object({ tokenId: z.string().trim().min(1).max(64) });
