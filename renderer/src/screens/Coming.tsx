/** A clearly marked placeholder for a screen that is not built yet. */
export function Coming({ title, what }: { title: string; what: string }) {
  return (
    <section className="coming" aria-labelledby={`coming-${title}`}>
      <h1 id={`coming-${title}`}>{title}</h1>
      <p className="coming-badge">Coming soon</p>
      <p>{what}</p>
      <p className="muted">This screen is not built yet. Practice works today, and every session is already saved on this computer.</p>
    </section>
  );
}
