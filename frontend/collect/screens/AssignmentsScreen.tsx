/**
 * The worker's assignments (households, residents, places of their grids) with the offline roster search
 * and filters by type and by state: not visited, draft, in the outbox, returned (with the supervisor's
 * comment), submitted.
 */
import { Button } from '@vaadin/react-components/Button.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCollector, useLocalData } from './context.js';
import { gridNames, listRows, STATE_KEY, SUBJECT_STATES, SUBJECT_TYPES, workIndex, type ListFilter } from './logic.js';
import type { ScreenKey } from './messages.js';

const PAGE = 60;
const FILTER_KEY = 'oneform.collect.filter';

function savedFilter(): ListFilter {
  try {
    const saved = JSON.parse(sessionStorage.getItem(FILTER_KEY) ?? 'null') as ListFilter | null;
    if (saved && typeof saved.subjectType === 'string' && typeof saved.state === 'string') {
      return saved;
    }
  } catch {
    // nothing saved
  }
  return { subjectType: 'all', state: 'all' };
}

export default function AssignmentsScreen() {
  const { collector, tr, session } = useCollector();
  const [query, setQuery] = useState(() => sessionStorage.getItem(FILTER_KEY + '.q') ?? '');
  const deferredQuery = useDeferredValue(query);
  const [filter, setFilterState] = useState<ListFilter>(savedFilter);
  const [shown, setShown] = useState(PAGE);
  const setFilter = (next: ListFilter) => {
    setFilterState(next);
    setShown(PAGE);
    sessionStorage.setItem(FILTER_KEY, JSON.stringify(next));
  };

  const data = useLocalData(async () => {
    const [assignments, drafts, outbox, returns, sent, roster] = await Promise.all([
      collector.downloaded.assignments(), collector.drafts.list(), collector.outbox.list(), collector.downloaded.returns(),
      collector.db.sent.toArray(), collector.roster(),
    ]);
    return { assignments, work: workIndex(drafts.drafts, outbox, returns, sent), roster };
  }, []);

  const rows = useMemo(() => {
    if (data === undefined) {
      return [];
    }
    const q = deferredQuery.trim();
    const searched = q === '' ? data.assignments : data.roster.search(q, 200).map(hit => hit.assignment);
    return listRows(searched, data.work, filter, q !== '');
  }, [data, deferredQuery, filter]);

  if (data === undefined) {
    return <div className="of-center">{tr('app.loading')}</div>;
  }
  const chip = (active: boolean, label: string, onClick: () => void, id: string) => (
    <Button key={id} id={id} theme={active ? 'primary' : 'contrast tertiary'} onClick={onClick}
            aria-pressed={active ? 'true' : 'false'}>{label}</Button>
  );
  return (
    <div className="of-page">
      <h2>{tr('list.title')}
        <span className="of-muted" style={{ fontSize: '1rem', fontWeight: 400, marginLeft: '1rem' }}>
          {session ? tr('list.grids', { grids: gridNames(session).join('、') }) : ''}
        </span>
      </h2>
      <div className="of-filters">
        <TextField id="collect-search" placeholder={tr('list.search')} value={query} clearButtonVisible
                   aria-label={tr('list.search')}
                   onValueChanged={e => {
                     setQuery(e.detail.value);
                     setShown(PAGE);
                     sessionStorage.setItem(FILTER_KEY + '.q', e.detail.value);
                   }} />
        <div className="of-chiprow" role="group" aria-label={tr('list.type')}>
          <span className="of-chiplabel">{tr('list.type')}</span>
          {chip(filter.subjectType === 'all', tr('list.all'), () => setFilter({ ...filter, subjectType: 'all' }), 'type-all')}
          {SUBJECT_TYPES.map(type => chip(filter.subjectType === type, tr(`type.${type}.long` as ScreenKey),
            () => setFilter({ ...filter, subjectType: type }), `type-${type}`))}
        </div>
        <div className="of-chiprow" role="group" aria-label={tr('list.status')}>
          <span className="of-chiplabel">{tr('list.status')}</span>
          {chip(filter.state === 'all', tr('list.all'), () => setFilter({ ...filter, state: 'all' }), 'state-all')}
          {SUBJECT_STATES.map(state => chip(filter.state === state, tr(STATE_KEY[state]),
            () => setFilter({ ...filter, state }), `state-${state}`))}
        </div>
      </div>
      <p className="of-muted" id="collect-list-count">{tr('list.count', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <div className="of-center">{data.assignments.length === 0 ? tr('list.emptyNoDownload') : tr('list.empty')}</div>
      ) : (
        <div className="of-list" id="collect-list">
          {rows.slice(0, shown).map(({ assignment: a, state, comment }) => (
            <Link key={a.subjectId} to={`/collect/subject/${encodeURIComponent(a.subjectId)}`} className="of-item"
                  data-subject={a.subjectId}>
              <span className={`of-type ${a.subjectType}`}>{tr(`type.${a.subjectType}` as ScreenKey) ?? a.subjectType}</span>
              <span className="of-text">
                <div className="of-title">{a.title}</div>
                <div className="of-sub">{a.subtitle}</div>
                {comment !== null ? <div className="of-comment">{comment}</div> : null}
              </span>
              {state !== 'not-visited' ? <span className={`of-pill of-state ${state}`}>{tr(STATE_KEY[state])}</span>
                : <span className="of-pill of-state">{tr(STATE_KEY[state])}</span>}
            </Link>
          ))}
        </div>
      )}
      {rows.length > shown ? (
        <div className="of-actions">
          <Button onClick={() => setShown(shown + PAGE)}>{tr('list.more', { count: Math.min(PAGE, rows.length - shown) })}</Button>
        </div>
      ) : null}
    </div>
  );
}
