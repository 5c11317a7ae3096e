"use client";
import dynamic from "next/dynamic";

// Only someone without any membership sees this form; loading it on demand keeps its react-hook-form and zod out
// of the first load of every page (the app layout imports the no-organisation card). A next/dynamic in the
// server layout would not split it: the layout's client entry lists every client module it can reach.
export const LazyCreateOrganizationForm = dynamic(
  () => import("./create-organization-form").then((m) => m.CreateOrganizationForm),
  {
    loading: () => <p className="text-sm text-slate-600">Loading…</p>,
  },
);
