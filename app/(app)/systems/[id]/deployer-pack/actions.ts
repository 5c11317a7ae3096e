"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createPackLink, revokePackLink } from "@/lib/dal/deployer-pack/links";
import { publishDeployerPack } from "@/lib/dal/deployer-pack/packs";
import { ZCreatePackLink, ZPublishDeployerPack, ZRevokePackLink } from "@/lib/validations/deployer-pack";

const tab = "/systems/[id]/deployer-pack";

// Only what the page shows goes back: never the PDF. A new link's secret is returned once, to the person who made it.
export const publishDeployerPackAction = createAction(ZPublishDeployerPack, async (input, actor) => {
  const pack = await publishDeployerPack(actor, input);
  revalidatePath(tab, "page");
  return { version: pack.version, pdfSha256: pack.pdfSha256 };
});

export const createPackLinkAction = createAction(ZCreatePackLink, async (input, actor) => {
  const link = await createPackLink(actor, input);
  revalidatePath(tab, "page");
  return { token: link.token };
});

export const revokePackLinkAction = createAction(ZRevokePackLink, async (input, actor) => {
  await revokePackLink(actor, input);
  revalidatePath(tab, "page");
  return null;
});
