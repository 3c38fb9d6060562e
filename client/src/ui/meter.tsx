/** A 0–1 share drawn as a bar, exposed to assistive tech as a progressbar with a spoken value. */
export function Meter({ value, label, valueText, tone }: { value: number; label: string; valueText: string; tone?: string }) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="meter" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={valueText}>
      <div className="meter__fill" style={{ width: `${pct}%`, ...(tone ? { background: tone } : {}) }} />
    </div>
  );
}
