import { describe, expect, it } from 'vitest';
import type { AssignmentRow, DraftRow, OutboxRow, ReturnRow, SentRow } from '../data/types.js';
import { openCollector } from '../index.js';
import { fakeDb } from '../testing/fake-db.js';
import { FakeServer } from '../testing/fake-server.js';
import {
  errorLine, fieldIdOf, gridNames, listRows, mayOfferUpdate, newSubjectTitle, openReturn, photoHashes, subjectHistory, subjectState, workIndex,
} from './logic.js';
import { catalog, screenKeys, t } from './messages.js';

const at = '2026-12-01T08:00:00.000Z';

function assignment(subjectId: string, subjectType: string, title: string): AssignmentRow {
  return { subjectId, subjectType, grid: 'g1', title, subtitle: `${title}的地址`, household: null,
    search: { name: title, idLast4: '', address: '' }, values: {}, seq: 1, downloadedAt: at };
}

function draft(id: string, subjectId: string | null, updatedAt = at, supersedes: string | null = null): DraftRow {
  return { id, subjectType: 'household', formVersion: 1, subjectId, grid: 'g1', supersedes, values: {}, baseSeqs: {},
    attachments: [], title: 't', createdAt: at, updatedAt };
}

function outbox(id: string, subjectId: string | null, state: OutboxRow['state'] = 'pending', supersedes: string | null = null): OutboxRow {
  return { id, submission: { id, subjectType: 'household', formVersion: 1, subjectId, grid: 'g1', supersedes, values: {},
    baseSeqs: {}, collectedAt: at }, attachments: [], title: 't', state, quarantine: null, attempts: 0, createdAt: at,
  lastAttemptAt: null, lastError: null };
}

const ret = (submissionId: string, subjectId: string): ReturnRow =>
  ({ submissionId, subjectId, subjectType: 'household', comment: '门牌号不对', by: 'sup1', at });

const sent = (id: string, subjectId: string, sentAt: string): SentRow => ({ id, subjectId, subjectType: 'household',
  grid: 'g1', formVersion: 1, title: 't', supersedes: null, collectedAt: at, sentAt, status: 'accepted', seq: 42 });

describe('subject state on the list', () => {
  it('is returned while the return is unanswered, then draft or outbox once the worker answers it', () => {
    expect(subjectState('H1', workIndex([], [], [ret('s1', 'H1')], []))).toBe('returned');
    // a draft that supersedes the returned submission answers it
    expect(subjectState('H1', workIndex([draft('d1', 'H1', at, 's1')], [], [ret('s1', 'H1')], []))).toBe('draft');
    // an unrelated draft does not
    expect(subjectState('H1', workIndex([draft('d1', 'H1')], [], [ret('s1', 'H1')], []))).toBe('returned');
    expect(subjectState('H1', workIndex([], [outbox('o1', 'H1', 'pending', 's1')], [ret('s1', 'H1')], []))).toBe('outbox');
  });

  it('prefers work in hand: draft over outbox over sent over not visited', () => {
    expect(subjectState('H1', workIndex([draft('d1', 'H1')], [outbox('o1', 'H1')], [], []))).toBe('draft');
    expect(subjectState('H1', workIndex([], [outbox('o1', 'H1', 'quarantined')], [], [sent('x', 'H1', at)]))).toBe('outbox');
    expect(subjectState('H1', workIndex([], [], [], [sent('x', 'H1', at)]))).toBe('sent');
    expect(subjectState('H2', workIndex([draft('d1', 'H1')], [], [], []))).toBe('not-visited');
  });

  it('new-subject drafts (no subject id) belong to no assignment', () => {
    const work = workIndex([draft('d1', null)], [outbox('o1', null)], [], []);
    expect(work.drafts.size).toBe(0);
    expect(work.outbox.size).toBe(0);
  });
});

describe('the list', () => {
  const all = [assignment('H2', 'household', '幸福街3号'), assignment('R1', 'resident', '张伟'),
    assignment('H1', 'household', '幸福街1号'), assignment('P1', 'place', '示范小卖部')];
  const work = workIndex([draft('d1', 'H2')], [outbox('o1', 'R1')], [ret('s9', 'P1')], []);

  it('sorts returned first, then drafts, not visited, outbox — titles in Chinese order within', () => {
    const rows = listRows(all, work, { subjectType: 'all', state: 'all' }, false);
    expect(rows.map(r => r.assignment.subjectId)).toEqual(['P1', 'H2', 'H1', 'R1']);
    expect(rows[0].comment).toBe('门牌号不对');
  });

  it('filters by type and by state, and keeps the search order when searching', () => {
    expect(listRows(all, work, { subjectType: 'household', state: 'all' }, false).map(r => r.assignment.subjectId))
      .toEqual(['H2', 'H1']);
    expect(listRows(all, work, { subjectType: 'all', state: 'not-visited' }, false).map(r => r.assignment.subjectId))
      .toEqual(['H1']);
    expect(listRows(all, work, { subjectType: 'household', state: 'outbox' }, false)).toEqual([]);
    const searched = [all[2], all[0]];
    expect(listRows(searched, work, { subjectType: 'all', state: 'all' }, true).map(r => r.assignment.subjectId))
      .toEqual(['H1', 'H2']);
  });
});

describe('helpers', () => {
  it('shows a server field error with its label once', () => {
    expect(errorLine('户主身份号码', '户主身份号码：校验码不符，请核对号码。')).toEqual({ label: '户主身份号码', text: '校验码不符，请核对号码。' });
    expect(errorLine('Head ID', 'Head ID: wrong check digit')).toEqual({ label: 'Head ID', text: 'wrong check digit' });
    expect(errorLine('年龄', '必须在 0 到 120 之间')).toEqual({ label: '年龄', text: '必须在 0 到 120 之间' });
  });

  it("shows the worker's grids by name, and by id only for a session stored before names were sent", () => {
    expect(gridNames({ grids: ['A1', 'A2'], gridNames: { A1: '幸福社区第一网格', A2: '' } })).toEqual(['幸福社区第一网格', 'A2']);
    expect(gridNames({ grids: ['A1'] })).toEqual(['A1']);
  });

  it('titles a new subject by name, address or place name as typed, else the fallback', () => {
    expect(newSubjectTitle('resident', { 'resident.name': ' 李示范 ' }, '新登记')).toBe('李示范');
    expect(newSubjectTitle('household', { 'household.head_name': '王某' }, '新登记')).toBe('王某');
    expect(newSubjectTitle('household', { 'household.address': '幸福街5号', 'household.head_name': '王某' }, '新登记')).toBe('幸福街5号');
    expect(newSubjectTitle('place', {}, '新登记')).toBe('新登记');
  });

  it('finds photo hashes at the top level and inside repeat rows, once each', () => {
    const sha = 'a'.repeat(64);
    const other = 'b'.repeat(64);
    const values = { 'household.photo': sha, 'household.members': [{ 'household.member_photo': other },
      { 'household.member_photo': sha }], 'household.address': 'c'.repeat(64) };
    expect(photoHashes(values, new Set(['household.photo', 'household.member_photo'])).sort()).toEqual([sha, other]);
  });

  it("lists a subject's history newest first with the receipt sequence", () => {
    const work = workIndex([draft('d1', 'H1', '2026-12-03T01:00:00Z')], [outbox('o1', 'H1', 'quarantined')], [],
      [sent('s1', 'H1', '2026-12-02T01:00:00Z')]);
    expect(subjectHistory('H1', work).map(h => [h.kind, h.seq])).toEqual([['draft', null], ['sent', 42], ['quarantined', null]]);
    expect(openReturn('H1', work)).toBeNull();
  });

  it('maps a server error path to the field id whose label to show', () => {
    expect(fieldIdOf('household.members[1].household.member_age')).toBe('household.member_age');
    expect(fieldIdOf('household.member_count')).toBe('household.member_count');
  });

  it('offers a waiting update only with no form open and not after "later"', () => {
    expect(mayOfferUpdate(true, false, false)).toBe(true);
    expect(mayOfferUpdate(true, true, false)).toBe(false);
    expect(mayOfferUpdate(true, false, true)).toBe(false);
    expect(mayOfferUpdate(false, false, false)).toBe(false);
  });

  it('has every screen text in both languages', () => {
    for (const key of screenKeys) {
      expect(catalog('en')[key], key).toBeTruthy();
      expect(catalog('zh-CN')[key], key).toBeTruthy();
    }
    expect(t('zh-CN', 'status.pending', { count: 3 })).toBe('待上传 3');
    expect(t('en', 'status.pending', { count: 3 })).toBe('3 to send');
  });
});

describe('sent history', () => {
  it('keeps a receipt of every acknowledged submission for the subject screen', async () => {
    const server = new FakeServer();
    server.publishForm('household', 1, { subjectType: 'household', version: 1, fields: [] });
    const collector = await openCollector({ db: fakeDb(), appVersion: 't', fetch: server.fetch, sleep: async () => {} });
    await collector.sync.signIn('worker1', 'secret');
    const d = await collector.drafts.create({ subjectType: 'household', formVersion: 1, subjectId: 'H1', grid: 'g1', title: '幸福街1号' });
    await collector.drafts.finalize(d.id);
    const report = await collector.sync.sync();
    expect(report.outcome).toBe('synced');
    const rows = await collector.db.sent.where('subjectId').equals('H1').toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: d.id, title: '幸福街1号', status: 'accepted' });
    expect(typeof rows[0].seq).toBe('number');
    expect(await collector.outbox.list()).toEqual([]);
  });
});
