"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

function Loading() {
  const t = useTranslations("Shell");
  return <p className="text-sm text-slate-600">{t("loading")}</p>;
}

// Only someone without any membership sees this form; loading it on demand keeps its react-hook-form and zod out
// of the first load of every page (the app layout imports the no-organisation card). A next/dynamic in the
// server layout would not split it: the layout's client entry lists every client module it can reach.
export const LazyCreateOrganizationForm = dynamic(
  () => import("./create-organization-form").then((m) => m.CreateOrganizationForm),
  { loading: () => <Loading /> },
);
