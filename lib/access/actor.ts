// Who is acting. The data-access layer derives organisation and role from this on the server; an organisation id
// sent by a browser is never trusted.
import type { Role } from "./permissions";
import type { ApiScope } from "./permissions";

export type UserActor = {
  kind: "user";
  userId: string;
  sessionId?: string;
  organizationId: string | null;
  // The interface language the person chose ("de", "fr", …); absent when they follow their browser.
  locale?: string;
};

// A REST API call made with an organisation API token (see authenticateApiToken). Its scopes, not a role,
// decide what it may do; the admin who created the token stays accountable for what it writes.
export type TokenActor = {
  kind: "token";
  tokenId: string;
  organizationId: string;
  scopes: ApiScope[];
  label: string;
  createdById: string;
};

export type Actor = UserActor | TokenActor;

export type Member = {
  // For a token: the user who created it (rows it writes name them as the accountable person).
  userId: string;
  organizationId: string;
  // null for API tokens, which have scopes instead of a role.
  role: Role | null;
  actorLabel: string;
  tokenId?: string;
};
