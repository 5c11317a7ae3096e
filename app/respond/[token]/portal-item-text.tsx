import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { PortalItemDTO } from "@/lib/dal/vendors/portal";
import type { RequestItemKind } from "@/lib/vendors/catalogue";

// The catalogue (lib/vendors/catalogue.ts) holds the English title and ask of each kind; the supplier reads them in
// their own language. Article citations stay as the catalogue writes them.
const ITEM_KEYS = {
  instructions_for_use: { title: "instructionsTitle", ask: "instructionsAsk" },
  declaration_of_conformity: { title: "declarationTitle", ask: "declarationAsk" },
  ce_marking: { title: "markingTitle", ask: "markingAsk" },
  registration_number: { title: "registrationTitle", ask: "registrationAsk" },
  gpai_information: { title: "gpaiTitle", ask: "gpaiAsk" },
  art6_3_assessment: { title: "assessmentTitle", ask: "assessmentAsk" },
  question: { title: "questionTitle", ask: "questionAsk" },
} as const satisfies Record<RequestItemKind, { title: string; ask: string }>;

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
