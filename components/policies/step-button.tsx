"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Button } from "@/components/ui/button";

// One workflow step (submit, approve, publish, acknowledge …): asks first when told to, shows the server's refusal
// beside itself, and goes where the step leads (or refreshes the page) when it succeeds.
export function StepButton<I, T>(props: {
  label: string;
  // Read by screen readers after the label, in brackets, to tell apart buttons that look alike ("Use this template").
  srSuffix?: string;
  action: ServerAction<I, T>;
  input: I;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  confirm?: string;
  // Where to go on success; ":id" is replaced by the id the action returned (a new policy's, for instance).
  goTo?: string;
  done?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const run = () => {
    if (props.confirm && !window.confirm(props.confirm)) return;
    setError(null);
    startTransition(async () => {
      const r = await props.action(props.input);
      if (!r.ok) return setError(r.error);
      setDone(true);
      const id = (r.data as { id?: unknown } | null)?.id;
      if (props.goTo) router.push(props.goTo.replace(":id", typeof id === "string" ? encodeURIComponent(id) : ""));
      else router.refresh();
    });
  };
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button type="button" variant={props.variant ?? "primary"} disabled={pending} onClick={run}>
        {props.label}
        {props.srSuffix && <span className="sr-only"> ({props.srSuffix})</span>}
      </Button>
      {done && props.done && (
        <span role="status" className="text-sm text-emerald-800">
          {props.done}
        </span>
      )}
      {error && (
        <span role="alert" className="max-w-sm text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
