/** Clearly fake, deterministic demo data for the screens harness: forms shaped like the demo catalog, and a grid. */
import type { FormFieldDto, FormVersionDto, LocalizedText } from '../../form/index.js';
import type { DownloadAssignment } from '../../sync/api.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

function f(id: string, type: string, section: string, label: LocalizedText, more: Partial<FormFieldDto> = {}): FormFieldDto {
  return { id, type, role: 'requested', section, label, hint: null, choices: [], required: null, constraint: null,
    relevance: null, calculation: null, refresh: 'P365D', sensitivity: 'personal', requestedBy: ['civil'], children: [], ...more };
}

const choice = (code: string, zh: string, en: string) => ({ code, label: t(zh, en) });

export function harnessForms(): FormVersionDto[] {
  const household: FormVersionDto = { subjectType: 'household', version: 1, publishedAt: '2026-11-30T08:00:00Z', fields: [
    f('household.address', 'address', 'address', t('住址', 'Address'), { required: 'true()' }),
    f('household.address_room', 'text', 'address', t('室', 'Room')),
    f('household.location', 'gps', 'address', t('住址位置', 'Location')),
    f('household.head_name', 'text', 'members', t('户主姓名', 'Head of household'), { required: 'true()' }),
    f('household.head_phone', 'phone', 'members', t('户主电话', 'Head\'s phone')),
    f('household.member_count', 'integer', 'members', t('家庭人口数', 'Number of members'), { required: 'true()', constraint: '. >= 1 and . <= 30' }),
    f('household.members', 'repeat_group', 'members', t('家庭成员', 'Household members'), { children: [
      f('household.member_name', 'text', 'members', t('成员姓名', 'Member\'s name'), { required: 'true()' }),
      f('household.member_relation', 'single_choice', 'members', t('与户主关系', 'Relation to the head'), { required: 'true()', choices: [
        choice('head', '户主', 'Head'), choice('spouse', '配偶', 'Spouse'), choice('child', '子女', 'Child'), choice('other', '其他', 'Other')] }),
    ] }),
    f('household.housing_type', 'single_choice', 'housing', t('住房性质', 'Housing'), { required: 'true()', choices: [
      choice('owned', '自有住房', 'Owned'), choice('rented', '租赁住房', 'Rented'), choice('public', '公共租赁住房', 'Public housing')] }),
    f('household.photo', 'photo', 'safety', t('房屋照片', 'Photo of the home')),
  ] };
  const resident: FormVersionDto = { subjectType: 'resident', version: 1, publishedAt: '2026-11-30T08:00:00Z', fields: [
    f('resident.name', 'text', 'basic', t('姓名', 'Name'), { required: 'true()' }),
    f('resident.id_number', 'id_number', 'basic', t('身份证号码', 'ID number')),
    f('resident.birth_date', 'date', 'basic', t('出生日期', 'Date of birth')),
    f('resident.phone', 'phone', 'basic', t('联系电话', 'Phone')),
  ] };
  const place: FormVersionDto = { subjectType: 'place', version: 1, publishedAt: '2026-11-30T08:00:00Z', fields: [
    f('place.name', 'text', 'basic', t('场所名称', 'Name'), { required: 'true()' }),
    f('place.address', 'address', 'basic', t('地址', 'Address')),
    f('place.location', 'gps', 'basic', t('位置', 'Location')),
  ] };
  return [household, resident, place];
}

const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴'];
const GIVEN = ['示范', '样例', '测试', '演示'];

export function harnessAssignments(): DownloadAssignment[] {
  const out: DownloadAssignment[] = [];
  for (let i = 1; i <= 24; i++) {
    const id = `H${String(i).padStart(8, '0')}`;
    const address = `示范市幸福街道示范小区${Math.ceil(i / 6)}栋${100 + i}室`;
    out.push({ subjectId: id, subjectType: 'household', grid: 'g1', title: address, subtitle: `户主 ${SURNAMES[i % 10]}${GIVEN[i % 4]}（示例数据）`,
      household: null, search: { name: `${SURNAMES[i % 10]}${GIVEN[i % 4]}`, idLast4: '', address },
      values: {
        'household.address': { value: address, seq: 100 + i, at: '2026-11-20T08:00:00Z', fresh: true },
        'household.head_name': { value: `${SURNAMES[i % 10]}${GIVEN[i % 4]}`, seq: 200 + i, at: '2026-11-20T08:00:00Z', fresh: true },
        'household.head_phone': { value: '13800000000', seq: 300 + i, at: '2024-03-01T08:00:00Z', fresh: false },
        'household.member_count': { value: 3, seq: 400 + i, at: '2025-01-10T08:00:00Z', fresh: false },
      }, seq: 400 + i });
  }
  for (let i = 1; i <= 12; i++) {
    const name = `${SURNAMES[i % 10]}${GIVEN[(i + 1) % 4]}${i}`;
    const household = `H${String(((i - 1) % 6) + 8).padStart(8, '0')}`;
    out.push({ subjectId: `R${String(i).padStart(8, '0')}`, subjectType: 'resident', grid: 'g1', title: name,
      subtitle: `示范市幸福街道示范小区2栋${100 + ((i - 1) % 6) + 8}室`, household,
      search: { name, idLast4: String(1000 + i), address: '示范小区' },
      values: { 'resident.name': { value: name, seq: 500 + i, at: '2026-11-01T08:00:00Z', fresh: true } }, seq: 500 + i });
  }
  for (let i = 1; i <= 4; i++) {
    const name = ['示范便利店', '样例餐馆', '演示五金店', '测试幼儿园'][i - 1];
    out.push({ subjectId: `P${String(i).padStart(8, '0')}`, subjectType: 'place', grid: 'g1', title: name,
      subtitle: `示范市幸福街道示范路${i}号`, household: null, search: { name, idLast4: '', address: `示范路${i}号` },
      values: { 'place.name': { value: name, seq: 600 + i, at: '2026-10-01T08:00:00Z', fresh: true } }, seq: 600 + i });
  }
  return out;
}
