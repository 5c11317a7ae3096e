"use client";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

export function SystemsToolbar({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  return (
    <form
      role="search"
      className="flex flex-wrap items-end gap-3 px-5 py-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(String(new FormData(e.currentTarget).get("q") ?? "").trim());
      }}
    >
      <div className="min-w-64 flex-1">
        <label htmlFor="systems-search" className="mb-1.5 block text-sm font-medium text-slate-800">Search</label>
        <div className="relative">
          <Search aria-hidden="true" className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-500" />
          <Input id="systems-search" name="q" type="search" defaultValue={q} placeholder="Name, description, vendor or owner" className="pl-9" />
        </div>
      </div>
      <Button type="submit" variant="secondary">Search</Button>
    </form>
  );
}
