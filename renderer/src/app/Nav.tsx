import { SCREENS, type ScreenId } from './screens';

/** The top-level navigation: one button per screen; the current one is marked for screen readers. */
export function Nav({ current, onSelect }: { current: ScreenId; onSelect(id: ScreenId): void }) {
  return (
    <nav aria-label="Main">
      <ul className="nav">
        {SCREENS.map(({ id, label }) => (
          <li key={id}>
            <button type="button" className="nav-button" aria-current={id === current ? 'page' : undefined} aria-controls={`screen-${id}`} onClick={() => onSelect(id)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
