/** A rating as five stars, read out as its label (Ant Design's Rate is an input; this only shows). */
export function Stars({ value, label }: { value: number; label?: string }) {
  const full = Math.round(value * 2) / 2;
  return (
    <span className="stars" role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      {[1, 2, 3, 4, 5].map((i) => (
        <span key={i} className={i <= full ? 'star on' : i - 0.5 === full ? 'star half' : 'star'}>
          ★
        </span>
      ))}
    </span>
  );
}
