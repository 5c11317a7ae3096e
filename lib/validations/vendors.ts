import { z } from "zod";
import { REQUEST_ITEM_KINDS } from "@/lib/vendors/catalogue";

const ZId = z.string().trim().min(1).max(64);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en-GB")} characters.`)
    .default("");

const ZWebsite = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters.")
  .refine((v) => {
    if (!v) return true;
    try {
      const url = new URL(v);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "Enter a full web address starting with https:// or http://.")
  .default("");

const ZContactEmail = z
  .string()
  .trim()
  .max(254, "Use at most 254 characters.")
  .refine((v) => !v || z.email().safeParse(v).success, "Enter an e-mail address such as name@vendor.example.")
  .default("");

export const ZVendorFields = z.object({
  name: z.string().trim().min(1, "Enter the vendor's name.").max(200, "Use at most 200 characters."),
  contactName: optionalText(200),
  contactEmail: ZContactEmail,
  website: ZWebsite,
  notes: optionalText(4000),
});
export const ZCreateVendor = ZVendorFields;
export type TCreateVendor = z.input<typeof ZCreateVendor>;
export const ZUpdateVendor = ZVendorFields.extend({ vendorId: ZId });
export type TUpdateVendor = z.input<typeof ZUpdateVendor>;

export const ZVendorSupply = z.object({
  vendorId: ZId,
  kind: z.enum(["system", "model"]),
  targetId: z.string().trim().min(1, "Choose a system or a model.").max(64),
});
export type TVendorSupply = z.input<typeof ZVendorSupply>;

// The register's one "add what this vendor supplies" select: a system or a model, as "system:<id>" or "model:<id>".
export const ZVendorSupplyPick = z
  .object({
    vendorId: ZId,
    target: z
      .string()
      .trim()
      .regex(/^(system|model):[^:]{1,64}$/, "Choose a system or a model."),
  })
  .transform(({ vendorId, target }) => {
    const [kind, targetId] = target.split(":") as ["system" | "model", string];
    return { vendorId, kind, targetId };
  });
export type TVendorSupplyPick = z.input<typeof ZVendorSupplyPick>;

// A calendar day as the date input sends it.
const ZDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date.")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "Enter a real date.");

export const LINK_DAYS_DEFAULT = 30;

export const ZCreateVendorRequest = z
  .object({
    systemId: ZId,
    vendorId: z.string().trim().min(1, "Choose the vendor.").max(64),
    kinds: z.array(z.enum(REQUEST_ITEM_KINDS)).min(1, "Choose at least one item to ask for.").max(20),
    question: optionalText(2000),
    message: optionalText(2000),
    dueDate: ZDay,
    linkDays: z.coerce
      .number()
      .int("Enter whole days.")
      .min(1, "The link must work for at least 1 day.")
      .max(90, "The link may work for at most 90 days."),
  })
  .superRefine((v, ctx) => {
    if (v.kinds.includes("question") && !v.question) {
      ctx.addIssue({ code: "custom", path: ["question"], message: "Write the question you want to ask." });
    }
  });
export type TCreateVendorRequest = z.input<typeof ZCreateVendorRequest>;

export const ZVendorRequestRef = z.object({ requestId: ZId });
export const ZDecideExtension = z.object({ requestId: ZId, accept: z.boolean() });

// The respondent portal: the token is the only credential (43 URL-safe characters, as randomSecret() makes).
export const ZRespondToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid.");

export const ZAnswerItem = z.object({
  token: ZRespondToken,
  itemId: ZId,
  answer: z.string().trim().min(1, "Write your answer.").max(10000, "Use at most 10,000 characters."),
});
export type TAnswerItem = z.input<typeof ZAnswerItem>;

export const ZAskForTime = z.object({
  token: ZRespondToken,
  until: ZDay,
  reason: z.string().trim().min(1, "Say why you need more time.").max(2000, "Use at most 2,000 characters."),
});
export type TAskForTime = z.input<typeof ZAskForTime>;

export const ZRespondUploadFields = z.object({ itemId: ZId });
