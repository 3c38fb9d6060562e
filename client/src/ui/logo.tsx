/** The mark: a point and the rings it sets resonating. Decorative; the name is always beside it. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="16" fill="#3730a3" />
      <circle cx="32" cy="32" r="6.5" fill="#fbbf24" />
      <circle cx="32" cy="32" r="15" fill="none" stroke="#fff" strokeWidth="4.5" />
      <circle cx="32" cy="32" r="24" fill="none" stroke="#a5b4fc" strokeWidth="4.5" strokeDasharray="26 11.7" transform="rotate(-30 32 32)" />
    </svg>
  );
}
