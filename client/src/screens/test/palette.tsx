import { PALETTE_STATES, paletteState, type PaletteState, type Sheet } from '../../data/sittings/tests-palette.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const CLASS: Record<PaletteState, string> = {
  NOT_VISITED: 'pal--not-visited',
  NOT_ANSWERED: 'pal--not-answered',
  ANSWERED: 'pal--answered',
  MARKED: 'pal--marked',
  ANSWERED_MARKED: 'pal--answered-marked',
};

/** The NTA palette for one section: a numbered button per question, coloured by its state. */
export function Palette({ sheet, indices, onGo }: { sheet: Sheet; indices: readonly number[]; onGo: (index: number) => void }) {
  const { t } = useI18n();
  return (
    <nav className="palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading" className="palette__heading">
        {t.test.paletteHeading}
      </h2>
      <ol className="palette__grid">
        {indices.map((i) => {
          const id = sheet.order[i] as string;
          const state = paletteState(sheet, id);
          return (
            <li key={id}>
              <button
                type="button"
                className={`pal ${CLASS[state]}`}
                data-state={state}
                aria-label={t.test.paletteItem(i + 1, t.test.states[state] ?? state)}
                aria-current={i === sheet.current ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <Legend counts={null} />
    </nav>
  );
}

/** The five states with their symbols (and counts, when given). */
export function Legend({ counts }: { counts: Record<PaletteState, number> | null }) {
  const { t } = useI18n();
  return (
    <div className="legend">
      <h3 className="legend__heading">{t.test.legendHeading}</h3>
      <ul className="legend__list">
        {PALETTE_STATES.map((s) => (
          <li key={s}>
            <span className={`pal pal--small ${CLASS[s]}`} aria-hidden="true">
              {counts ? counts[s] : ''}
            </span>
            <span>{t.test.states[s]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
