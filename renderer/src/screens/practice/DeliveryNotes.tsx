import type { Delivery } from '../../../../electron/domain/speech/types';

/** How the reply was said (spoken replies only). */
export function DeliveryNotes({ delivery }: { delivery: Delivery }) {
  return (
    <section className="delivery" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">How you said it</h2>
      <ul>
        {delivery.notes.map((note) => (
          <li key={note.id}>
            <strong>{note.label}</strong>
            {note.value !== null && (
              <span className="muted">
                {' '}
                ({Number.isInteger(note.value) ? note.value : note.value.toFixed(1)} {note.unit})
              </span>
            )}
            : {note.reading}
          </li>
        ))}
      </ul>
      <p className="muted small">Speech recognition drops many filler words (“um”, “uh”), so the filler count is a lower bound.</p>
    </section>
  );
}
