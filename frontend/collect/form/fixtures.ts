/**
 * Fake forms for the tests, the benchmark and the demo harness: a small resident-and-household form shaped
 * like the demo catalog (every catalog type, a repeat group of members), and a generated form of any size.
 * Deterministic; names and numbers are clearly fake.
 */
import type { FormFieldDto, FormVersionDto, LocalizedText } from './types.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

function field(id: string, type: string, section: string, label: LocalizedText, more: Partial<FormFieldDto> = {}): FormFieldDto {
  return {
    id,
    type,
    role: 'requested',
    section,
    label,
    hint: null,
    choices: [],
    required: null,
    constraint: null,
    relevance: null,
    calculation: null,
    refresh: 'P365D',
    sensitivity: 'personal',
    requestedBy: ['civil'],
    children: [],
    ...more,
  };
}

const AGE = 'age(${resident.birth_date})';

/** One form with every catalog type, relevance, required conditions, constraints, calculations and a repeat group. */
export function sampleForm(): FormVersionDto {
  return {
    subjectType: 'household',
    version: 3,
    publishedAt: '2026-11-30T08:00:00Z',
    fields: [
      field('resident.name', 'text', 'basic', t('姓名', 'Name'), {
        required: 'true()',
        constraint: 'string-length(.) >= 2 and string-length(.) <= 30',
        hint: t('与身份证一致', 'As on the ID card'),
      }),
      field('resident.gender', 'single_choice', 'basic', t('性别', 'Gender'), {
        required: 'true()',
        choices: [
          { code: 'male', label: t('男', 'Male') },
          { code: 'female', label: t('女', 'Female') },
        ],
      }),
      field('resident.birth_date', 'date', 'basic', t('出生日期', 'Date of birth'), { required: 'true()', constraint: '. <= today()' }),
      field('resident.age', 'integer', 'basic', t('年龄（周岁）', 'Age (years)'), { calculation: AGE }),
      field('resident.id_number', 'id_number', 'basic', t('身份证号码', 'ID number'), { required: 'true()', sensitivity: 'sensitive' }),
      field('resident.phone', 'phone', 'basic', t('联系电话', 'Phone')),
      field('resident.marital_status', 'single_choice', 'basic', t('婚姻状况', 'Marital status'), {
        relevance: `${AGE} >= 16`,
        choices: [
          { code: 'single', label: t('未婚', 'Single') },
          { code: 'married', label: t('已婚', 'Married') },
          { code: 'widowed', label: t('丧偶', 'Widowed') },
        ],
      }),
      field('resident.pregnant', 'yes_no', 'health', t('是否怀孕', 'Pregnant'), {
        relevance: `\${resident.gender} = 'female' and ${AGE} >= 15 and ${AGE} <= 49`,
      }),
      field('resident.due_date', 'date', 'health', t('预产期', 'Due date'), {
        relevance: "${resident.pregnant} = 'yes'",
        required: 'true()',
        constraint: '. >= today() and . <= today() + 300',
      }),
      field('resident.chronic', 'multiple_choice', 'health', t('慢性病', 'Chronic diseases'), {
        choices: [
          { code: 'hypertension', label: t('高血压', 'Hypertension') },
          { code: 'diabetes', label: t('糖尿病', 'Diabetes') },
          { code: 'none', label: t('无', 'None') },
        ],
        constraint: "not(selected(., 'none')) or count-selected(.) = 1",
      }),
      field('resident.height', 'decimal', 'health', t('身高（厘米）', 'Height (cm)'), { constraint: '. > 30 and . < 250' }),
      field('resident.disability', 'yes_no', 'disability', t('是否残疾', 'Disability'), { required: 'true()' }),
      field('resident.disability_note', 'note', 'disability', t('请查看残疾证原件', 'Please see the original disability card'), {
        relevance: "${resident.disability} = 'yes'",
      }),
      field('resident.disability_level', 'single_choice', 'disability', t('残疾等级', 'Disability level'), {
        relevance: "${resident.disability} = 'yes'",
        required: 'true()',
        choices: [
          { code: '1', label: t('一级', 'Level 1') },
          { code: '2', label: t('二级', 'Level 2') },
        ],
      }),
      field('household.address', 'address', 'address', t('现住址', 'Address'), { required: 'true()' }),
      field('household.location', 'gps', 'address', t('门牌位置', 'Location of the door')),
      field('household.door_photo', 'photo', 'address', t('门牌照片', 'Photo of the door plate')),
      field('household.members', 'repeat_group', 'members', t('家庭成员', 'Household members'), {
        required: 'true()',
        children: [
          field('household.member_name', 'text', 'members', t('成员姓名', "Member's name"), { required: 'true()' }),
          field('household.member_age', 'integer', 'members', t('成员年龄', "Member's age"), {
            required: 'true()',
            constraint: '. >= 0 and . <= 120',
          }),
          field('household.member_school', 'text', 'members', t('就读学校', 'School'), {
            relevance: '${household.member_age} < 18',
          }),
          field('household.member_id_number', 'id_number', 'members', t('成员身份证号码', "Member's ID number"), {
            relevance: "${resident.disability} = 'yes' or ${household.member_age} >= 16",
          }),
        ],
      }),
      field('household.member_count', 'integer', 'members', t('成员人数', 'Number of members'), {
        relevance: "${household.members} != ''",
        constraint: '. >= 1',
      }),
    ],
  };
}

const TYPES = ['text', 'integer', 'decimal', 'date', 'single_choice', 'multiple_choice', 'yes_no', 'phone', 'address', 'id_number'];
const SECTIONS = ['basic', 'residence', 'health', 'disability', 'welfare', 'employment', 'living', 'safety', 'housing', 'general'];

/**
 * A generated form of `count` fields in ten sections: every fourth field relevant on an earlier yes/no
 * or integer, every fifth required, some constraints and calculations, one repeat group per 100 fields.
 */
export function generatedForm(count: number): FormVersionDto {
  const fields: FormFieldDto[] = [];
  const yesNos: string[] = [];
  const integers: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `gen.f${String(i).padStart(3, '0')}`;
    const section = SECTIONS[Math.floor((i * SECTIONS.length) / count)];
    const label = t(`第${i + 1}题：示范问题（虚构）`, `Question ${i + 1} (made up)`);
    if (i % 100 === 99) {
      fields.push(
        field(id, 'repeat_group', section, label, {
          children: [
            field(`${id}.name`, 'text', section, t('姓名', 'Name'), { required: 'true()' }),
            field(`${id}.age`, 'integer', section, t('年龄', 'Age'), { constraint: '. >= 0 and . <= 120' }),
          ],
        }),
      );
      continue;
    }
    const type = TYPES[i % TYPES.length];
    const more: Record<string, unknown> = {};
    if (i % 4 === 3 && yesNos.length > 0) more.relevance = `\${${yesNos[yesNos.length - 1]}} = 'yes'`;
    else if (i % 4 === 1 && integers.length > 0) more.relevance = `\${${integers[integers.length - 1]}} >= 18`;
    if (i % 5 === 0) more.required = 'true()';
    if (type === 'integer' && i % 3 === 0) more.constraint = '. >= 0 and . <= 150';
    if (type === 'decimal' && integers.length > 0 && i % 3 === 2) more.calculation = `\${${integers[integers.length - 1]}} * 1.5`;
    if (type === 'text') more.constraint = 'string-length(.) <= 50';
    if (type === 'single_choice' || type === 'multiple_choice') {
      more.choices = ['a', 'b', 'c', 'd'].map((c, k) => ({ code: c, label: t(`选项${k + 1}`, `Option ${k + 1}`) }));
    }
    fields.push(field(id, type, section, label, more as Partial<FormFieldDto>));
    if (type === 'yes_no') yesNos.push(id);
    if (type === 'integer') integers.push(id);
  }
  return { subjectType: 'resident', version: 1, publishedAt: '2026-12-01T00:00:00Z', fields };
}
