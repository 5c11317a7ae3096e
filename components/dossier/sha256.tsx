// A full SHA-256, wrapped anywhere so it never overflows, and selectable so it can be copied and compared.
export function Sha256({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 break-all font-mono text-xs text-slate-900">{value}</dd>
    </div>
  );
}
