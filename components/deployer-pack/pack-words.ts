import { useTranslations } from "next-intl";
import type { MissingItem, PackFileKind } from "@/lib/deployer-pack/snapshot";
import { MISSING_ITEM_KEYS, PACK_FILE_KEYS } from "@/lib/deployer-pack/item-keys";

/**
 * The pack's files and gaps by their codes, in the reader's language. One hook for the publish form (a client
 * component) and the pack as customers see it (a server component), so both say the same as the signed PDF.
 */
export function usePackWords() {
  const t = useTranslations("DeployerPackItems");
  return {
    file: (kind: PackFileKind) => t(PACK_FILE_KEYS[kind]),
    missing: (item: MissingItem) => t(MISSING_ITEM_KEYS[item]),
  };
}
