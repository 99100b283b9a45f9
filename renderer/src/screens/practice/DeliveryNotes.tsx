import type { Delivery } from '../../../../shared/types/speech';

/** How the reply was said (spoken replies only), in plain words; pace and pauses carry their numbers. */
export function DeliveryNotes({ delivery }: { delivery: Delivery }) {
  return (
    <section className="delivery" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">How you said it</h2>
      <ul>
        {delivery.notes.map((note) => (
          <li key={note.id}>
            <strong>{note.label}</strong>: {note.reading}
          </li>
        ))}
      </ul>
    </section>
  );
}
