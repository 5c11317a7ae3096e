import { btn, page, type RoleRoute } from "./role-route-kinds";

// The language settings (issue #22): everyone sets their own language. The documents' language, which only
// administrators set, is on the organisation's settings page (tests/e2e/role-routes.ts, "/settings").
export const LANGUAGE_ROUTES: Record<string, RoleRoute> = {
  "/settings/language": page(() => "/settings/language", "notification.read", {
    controls: [btn("Save my language", "notification.read")],
  }),
};
