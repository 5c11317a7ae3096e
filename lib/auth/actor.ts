// Who is acting. The data-access layer derives organisation and role from this on the server; an organisation id
// sent by a browser is never trusted.
export type UserActor = {
  kind: "user";
  userId: string;
  sessionId?: string;
  organizationId: string | null;
};

export type Actor = UserActor;

export type Member = {
  userId: string;
  organizationId: string;
  role: import("./permissions").Role;
  actorLabel: string;
};
