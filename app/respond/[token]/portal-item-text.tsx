import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { PortalItemDTO } from "@/lib/dal/vendors/portal";
import { ITEM_KEYS } from "@/lib/vendors/item-keys";

export async function PortalItemText({
  item,
  status,
  received,
  children,
}: {
  item: PortalItemDTO;
  status: string;
  received: string;
  children: (title: string) => ReactNode;
}) {
  const t = await getTranslations("RespondItems");
  const keys = ITEM_KEYS[item.kind];
  const title = t(keys.title);
  return (
    <Card>
      <CardHeader title={item.article ? `${title} (${item.article})` : title} description={status} />
      <CardBody className="space-y-3">
        <p className="text-sm text-slate-700">{item.question || t(keys.ask)}</p>
        {item.files.length > 0 && (
          <p className="text-sm text-slate-700">
            {received} <span className="break-all">{item.files.join(", ")}</span>
          </p>
        )}
        {children(title)}
      </CardBody>
    </Card>
  );
}
