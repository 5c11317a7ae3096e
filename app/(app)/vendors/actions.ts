"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createVendorRequest, decideVendorExtension, revokeVendorRequest } from "@/lib/dal/vendors/requests";
import { createVendor, linkVendorSupply, unlinkVendorSupply, updateVendor } from "@/lib/dal/vendors/vendors";
import {
  ZCreateVendor,
  ZCreateVendorRequest,
  ZDecideExtension,
  ZUpdateVendor,
  ZVendorRequestRef,
  ZVendorSupply,
  ZVendorSupplyPick,
} from "@/lib/validations/vendors";

const refresh = (...paths: string[]) => {
  revalidatePath("/vendors");
  for (const path of paths) revalidatePath(path);
};

export const createVendorAction = createAction(ZCreateVendor, async (input, actor) => {
  const vendor = await createVendor(actor, input);
  refresh();
  return vendor;
});

export const updateVendorAction = createAction(ZUpdateVendor, async (input, actor) => {
  await updateVendor(actor, input);
  refresh(`/vendors/${input.vendorId}`);
  return null;
});

export const linkVendorSupplyAction = createAction(ZVendorSupplyPick, async (input, actor) => {
  await linkVendorSupply(actor, input);
  refresh(`/vendors/${input.vendorId}`);
  return null;
});

export const unlinkVendorSupplyAction = createAction(ZVendorSupply, async (input, actor) => {
  await unlinkVendorSupply(actor, input);
  refresh(`/vendors/${input.vendorId}`);
  return null;
});

// The link's secret is returned once, to the person who made it; only its hash is stored.
export const createVendorRequestAction = createAction(ZCreateVendorRequest, async (input, actor) => {
  const { requestId, token } = await createVendorRequest(actor, input);
  refresh(`/systems/${input.systemId}`);
  return { requestId, path: `/respond/${token}` };
});

export const revokeVendorRequestAction = createAction(ZVendorRequestRef, async (input, actor) => {
  await revokeVendorRequest(actor, input.requestId);
  refresh(`/vendors/requests/${input.requestId}`);
  return null;
});

export const decideVendorExtensionAction = createAction(ZDecideExtension, async (input, actor) => {
  await decideVendorExtension(actor, input);
  refresh(`/vendors/requests/${input.requestId}`);
  return null;
});
