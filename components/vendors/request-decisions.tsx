"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Button } from "@/components/ui/button";

// One button that calls an action and refreshes the page; a refusal is shown beside it.
export function ActionButton<I>(props: {
  label: string;
  input: I;
  action: ServerAction<I>;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant={props.variant ?? "secondary"}
        disabled={busy}
        onClick={async () => {
          if (props.confirm && !window.confirm(props.confirm)) return;
          setBusy(true);
          setError(null);
          const result = await props.action(props.input);
          setBusy(false);
          if (result.ok) router.refresh();
          else setError(result.error);
        }}
      >
        {props.label}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
