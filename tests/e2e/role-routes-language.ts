import { btn, page, type RoleRoute } from "./role-route-kinds";

// The language settings (issue #22): everyone sets their own language; only administrators the documents' language.
export const LANGUAGE_ROUTES: Record<string, RoleRoute> = {
  "/settings/language": page(() => "/settings/language", "notification.read", {
    controls: [btn("Save my language", "notification.read"), btn("Save document language", "organization.manage")],
  }),
};
