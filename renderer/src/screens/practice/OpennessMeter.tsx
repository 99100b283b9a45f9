const LABELS = ['shut down', 'guarded', 'warming', 'opening', 'open'];

/** How open the partner is right now, as a labelled meter. */
export function OpennessMeter({ value, max, name }: { value: number; max: number; name: string }) {
  const label = LABELS[Math.round((value / max) * (LABELS.length - 1))] ?? '';
  return (
    <div className="openness">
      <span id="openness-label">{name}'s openness</span>
      <meter aria-labelledby="openness-label" aria-valuetext={`${value} of ${max}: ${label}`} min={0} max={max} low={1.5} high={2.5} optimum={max} value={value} data-testid="openness" data-value={value} />
      <span className="openness-text">
        {value}/{max} · {label}
      </span>
    </div>
  );
}
