import { describe, expect, it } from 'vitest';
import type { AssignmentRow } from '../data/types.js';
import { pinyinKeys, RosterIndex } from './roster.js';

function subject(subjectId: string, name: string, idLast4: string, address: string): AssignmentRow {
  return {
    subjectId, subjectType: 'resident', grid: 'g1', title: name, subtitle: address, household: null,
    search: { name, idLast4, address }, values: {}, seq: 1, downloadedAt: '2026-12-03T00:00:00Z',
  };
}

const roster = RosterIndex.build([
  subject('R1', '张伟', '1234', '一张表示范区幸福街道3栋501'),
  subject('R2', '赵文', '5678', '一张表示范区和平路12号'),
  subject('R3', '曾乐', '002X', '一张表示范区幸福街道5栋101'),
  subject('R4', '吕小明', '9012', '一张表示范区光明里1234号'),
  subject('R5', '张伟东', '3456', '一张表示范区和平路8号'),
  subject('R6', '单田芳', '7777', '一张表示范区长安街1号'),
]);

const ids = (q: string) => roster.search(q).map(h => h.assignment.subjectId);

describe('offline roster search', () => {
  it('finds by Chinese name, exact before prefix', () => {
    expect(ids('张伟')).toEqual(['R1', 'R5']);
    expect(roster.search('张伟')[0]).toMatchObject({ matched: 'name', score: 100 });
  });

  it('finds by full pinyin and by initials, including every reading of polyphonic characters', () => {
    expect(ids('zhangwei')).toEqual(['R1', 'R5']);
    expect(ids('zw')).toEqual(['R1', 'R2', 'R5']);
    expect(ids('zengle')).toEqual(['R3']);
    expect(ids('cengyue')).toEqual(['R3']); // other readings of 曾 and 乐 are found too
    expect(ids('zl')).toContain('R3');
    expect(ids('shantianfang')).toEqual(['R6']); // the surname reading of 单
    expect(ids('dtf')).toEqual(['R6']);
    expect(ids('lvxiaoming')).toEqual(['R4']);
    expect(ids('ZhangWeiDong')).toEqual(['R5']);
    expect(pinyinKeys('曾乐').full[0]).toBe('zengle');
  });

  it('finds by the last four of the ID number (X too), the ID before an address containing the digits', () => {
    expect(ids('1234')).toEqual(['R1', 'R4']);
    expect(roster.search('1234')[0].matched).toBe('idLast4');
    expect(ids('002x')).toEqual(['R3']);
    expect(ids('００２Ｘ')).toEqual(['R3']); // full-width input
  });

  it('finds by address', () => {
    expect(ids('和平路')).toEqual(['R2', 'R5']);
    expect(ids('幸福街道5栋')).toEqual(['R3']);
  });

  it('an empty or junk query finds nothing and does not throw', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('¿¿')).toEqual([]);
    expect(ids('(.*')).toEqual([]);
  });

  it('handles a roster of 5,000 and keeps the best hits first', () => {
    const surnames = '张王李赵刘陈杨黄周吴';
    const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超';
    const big = RosterIndex.build(Array.from({ length: 5000 }, (_, i) => subject(`R${i}`,
      surnames[i % 10] + given[(i * 7) % 19] + given[(i * 3) % 19], String(1000 + (i % 9000)).slice(-4),
      `一张表示范区幸福街道${i % 50}栋${i % 300}号`)));
    expect(big.size).toBe(5000);
    const hits = big.search('zw', 50);
    expect(hits.length).toBe(50);
    expect(hits.every(h => pinyinKeys(h.assignment.title).initials.some(i => i.startsWith('zw')))).toBe(true);
    expect(big.search('张伟', 5)[0].assignment.title.startsWith('张伟')).toBe(true);
  });
});
