import type { Session } from '../../../../shared/types/sessions';
import { branchLabel } from '../../../../shared/sessions/branches';
import { branchScores, sessionScores } from '../../../../shared/sessions/scores';

const FIRST_OUTCOME: Record<string, string> = { success: 'partner opened up', withdrawn: 'partner withdrew', ended: 'you ended it' };

/** A score in words, or nothing when the line has no answered reply. */
const scoreText = (overall: number | undefined): string => (overall === undefined ? '' : ` · score ${overall}`);

/** Which version of a session to replay: the first try, or one of its retries from an earlier turn. Shown only when there are retries. */
export function LinePicker({ session, branchId, onPick }: { session: Session; branchId: string | undefined; onPick(branchId: string | undefined): void }) {
  const branches = session.branches ?? [];
  if (branches.length === 0) return null;
  return (
    <div className="line-picker" role="group" aria-labelledby="line-picker-heading" data-testid="line-picker">
      <h2 id="line-picker-heading">Versions of this session</h2>
      <ul>
        <li>
          <button type="button" aria-pressed={branchId === undefined} onClick={() => onPick(undefined)}>
            First try — {FIRST_OUTCOME[session.ending ?? ''] ?? 'not finished'}
            {scoreText(sessionScores(session)?.overall)}
          </button>
        </li>
        {branches.map((b) => (
          <li key={b.id}>
            <button type="button" aria-pressed={branchId === b.id} onClick={() => onPick(b.id)}>
              {branchLabel(b)}
              {scoreText(branchScores(session, b.id)?.overall)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
