"use server";
import { createAction } from "@/lib/action";
import { createOrganization, switchOrganization } from "@/lib/dal/accounts/organizations";
import { ZCreateOrganization, ZSwitchOrganization } from "@/lib/validations/auth";

export const switchOrganizationAction = createAction(ZSwitchOrganization, (input, actor) =>
  switchOrganization(actor, input.organizationId),
);

export const createOrganizationAction = createAction(ZCreateOrganization, (input, actor) =>
  createOrganization(actor, input),
);
