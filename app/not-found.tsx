import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">
        This page does not exist, or it belongs to an organisation you are not a member of.
      </p>
      <ButtonLink href="/systems" className="mt-6">
        Back to AI systems
      </ButtonLink>
    </main>
  );
}
