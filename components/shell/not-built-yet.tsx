import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";

// Honest placeholder for parts of the product that are not built yet: no invented figures.
export function NotBuiltYet({ what, comingWith }: { what: string; comingWith: string }) {
  return (
    <Card>
      <CardBody className="py-10 text-center">
        <h2 className="text-base font-semibold text-slate-900">Not built yet</h2>
        <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600">
          {what} {comingWith} Until then, the AI systems inventory is the place to start.
        </p>
        <ButtonLink href="/systems" variant="secondary" className="mt-5">Open the AI systems inventory</ButtonLink>
      </CardBody>
    </Card>
  );
}
