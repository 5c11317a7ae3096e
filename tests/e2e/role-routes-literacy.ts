import { file, status, type RoleRoute } from "./role-route-kinds";

// The AI-literacy register's certificate routes, for role-routes.ts.
export const LITERACY_FILE_ROUTES: Record<string, RoleRoute> = {
  // Role-probe ids are nobody's: allowed roles reach the data layer's look-up (422 on the person, 404 on the
  // record), the others are refused before it (403). Real records: tests/integration/literacy/completion-file.
  "/literacy/completions/upload": {
    kind: "handler",
    permission: "system.write",
    url: () => "/literacy/completions/upload",
    post: {
      multipart: {
        personId: "role-probe",
        itemId: "role-probe",
        completedOn: "2026-01-01",
        file: file("role-probe.txt", "text/plain", "certificate of the role probe"),
      },
    },
    judge: status((s) => s === 422),
  },
  "/literacy/completions/[completionId]/upload": {
    kind: "handler",
    permission: "system.write",
    url: () => "/literacy/completions/role-probe/upload",
    post: { multipart: { file: file("role-probe.txt", "text/plain", "certificate of the role probe") } },
    judge: status((s) => s === 404),
  },
  "/literacy/completions/[completionId]/file": {
    kind: "handler",
    permission: "system.read",
    url: () => "/literacy/completions/role-probe/file",
    judge: status((s) => s === 404),
  },
};
