/**
 * Registering a new household, resident or place: choose the type and the grid, then fill the form as a draft
 * with no subject id; the duplicate warning (findDuplicates over the roster and unsent registrations) comes
 * before it is put in the outbox (FillScreen).
 */
import { Button } from '@vaadin/react-components/Button.js';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { render, type Msg } from '../index.js';
import { startNew } from './actions.js';
import { useCollector, useLocalData } from './context.js';
import { SUBJECT_TYPES, type SubjectType } from './logic.js';
import type { ScreenKey } from './messages.js';

export default function NewSubjectScreen() {
  const { collector, tr, session, touch, locale } = useCollector();
  const navigate = useNavigate();
  const forms = useLocalData(() => collector.downloaded.currentForms(), []);
  const grids = session?.grids ?? [];
  const [type, setType] = useState<SubjectType>('household');
  const [grid, setGrid] = useState<string | null>(grids[0] ?? null);
  const [problem, setProblem] = useState<string | null>(null);

  const start = async () => {
    if (grid === null) {
      return;
    }
    try {
      const draft = await startNew(collector, type, grid, tr('fill.title.new'));
      touch();
      navigate(`/collect/fill/${draft.id}`);
    } catch (e) {
      const msg = (e as { msg?: Msg }).msg;
      setProblem(msg ? render(msg, locale) : String(e));
    }
  };
  const available = forms !== undefined && forms[type] !== undefined;
  return (
    <div className="of-page">
      <h2>{tr('new.title')}</h2>
      <p className="of-muted">{tr('new.lead')}</p>
      <div className="of-card">
        <div className="of-chiprow" role="group" aria-label={tr('new.type')}>
          <span className="of-chiplabel">{tr('new.type')}</span>
          {SUBJECT_TYPES.map(t => (
            <Button key={t} id={`new-${t}`} theme={type === t ? 'primary' : 'contrast tertiary'}
                    aria-pressed={type === t ? 'true' : 'false'} onClick={() => { setType(t); setProblem(null); }}>
              {tr(`type.${t}.long` as ScreenKey)}
            </Button>
          ))}
        </div>
        {grids.length > 1 ? (
          <div className="of-chiprow" role="group" aria-label={tr('new.grid')} style={{ marginTop: '0.75rem' }}>
            <span className="of-chiplabel">{tr('new.grid')}</span>
            {grids.map(g => (
              <Button key={g} theme={grid === g ? 'primary' : 'contrast tertiary'} onClick={() => setGrid(g)}>{g}</Button>
            ))}
          </div>
        ) : null}
        {forms !== undefined && !available ? <p className="of-err" role="alert">{tr('new.formMissing')}</p> : null}
        {problem !== null ? <p className="of-err" role="alert">{problem}</p> : null}
        <div className="of-actions">
          <Button theme="primary" id="collect-new-start" disabled={!available || grid === null} onClick={() => void start()}>
            {tr('new.start')}
          </Button>
        </div>
      </div>
    </div>
  );
}
