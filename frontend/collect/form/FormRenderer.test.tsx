// @vitest-environment happy-dom
import './dom-test-setup.js';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalDate } from '../../expr/index.js';
import type { FormState } from './engine.js';
import { sampleForm } from './fixtures.js';
import { FormRenderer, type FormRendererProps } from './FormRenderer.js';
import { sha256Hex, type PreparedPhoto } from './photo.js';
import type { FormValues, Prefill } from './types.js';

const today = LocalDate.of(2026, 12, 3);
const form = sampleForm();

afterEach(cleanup);

interface Seen {
  values: FormValues;
  state: FormState | null;
  confirmed: readonly string[];
}

/** The renderer as a screen uses it: values and confirmations held in React state. */
function mount(initial: FormValues = {}, more: Partial<FormRendererProps> = {}) {
  const seen: Seen = { values: initial, state: null, confirmed: more.confirmed ?? [] };
  function Screen() {
    const [values, setValues] = useState(initial);
    const [confirmed, setConfirmed] = useState<readonly string[]>(more.confirmed ?? []);
    return (
      <FormRenderer
        form={form}
        today={today}
        {...more}
        values={values}
        confirmed={confirmed}
        onConfirmedChange={(c) => {
          seen.confirmed = c;
          setConfirmed(c);
        }}
        onChange={(v, s) => {
          seen.values = v;
          seen.state = s;
          setValues(v);
        }}
      />
    );
  }
  const view = render(<Screen />);
  const field = (path: string) => view.container.querySelector(`[data-testid="field-${CSS.escape(path)}"]`) as HTMLElement | null;
  return { view, seen, field };
}

function input(host: Element): HTMLInputElement | HTMLTextAreaElement {
  const el = host.querySelector('input, textarea');
  if (!el) throw new Error(`no input in ${host.tagName}`);
  return el as HTMLInputElement;
}

/** Types like the worker (input events), then leaves the field (change). */
async function type(host: Element | null, text: string, commit = true) {
  const el = input(host!);
  await act(async () => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  if (commit) {
    await act(async () => {
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }
}

/** Taps the radio button or checkbox with `value` inside a group. */
async function choose(host: Element | null, value: string) {
  const option = [...host!.querySelectorAll('vaadin-radio-button, vaadin-checkbox')].find((o) => (o as unknown as { value: string }).value === value)!;
  await act(async () => {
    input(option).click();
  });
}

async function pickDate(host: Element | null, iso: string) {
  await act(async () => {
    (host as unknown as { value: string }).value = iso;
  });
}

async function tap(el: Element | null) {
  await act(async () => {
    fireEvent.click(el!);
  });
}

const errorOf = (host: Element | null) => host?.getAttribute('error-message') ?? (host as unknown as { errorMessage?: string })?.errorMessage;

describe('rendering', () => {
  it('groups the fields by section in Chinese and switches to English', async () => {
    const { view, field } = mount();
    const titles = [...view.container.querySelectorAll('.of-section-title')].map((h) => h.firstChild?.textContent);
    expect(titles).toEqual(['基本信息', '健康状况', '残疾情况', '住址', '家庭成员']);
    expect((field('resident.name') as unknown as { label: string }).label).toBe('姓名');
    await tap(view.getByTestId('form-language'));
    expect((field('resident.name') as unknown as { label: string }).label).toBe('Name');
    expect(view.container.querySelector('.of-section-title')!.firstChild?.textContent).toBe('Basic information');
  });

  it('renders every catalog type with its own input', () => {
    const { field, view } = mount({ 'resident.disability': 'yes', 'household.members': [{}] });
    expect(field('resident.name')!.tagName).toBe('VAADIN-TEXT-FIELD');
    expect(field('resident.gender')!.tagName).toBe('VAADIN-RADIO-GROUP');
    expect(field('resident.birth_date')!.tagName).toBe('VAADIN-DATE-PICKER');
    expect(field('resident.id_number')!.tagName).toBe('VAADIN-TEXT-FIELD');
    expect(field('resident.chronic')!.tagName).toBe('VAADIN-CHECKBOX-GROUP');
    expect(field('resident.disability')!.querySelectorAll('vaadin-radio-button')).toHaveLength(2);
    expect(field('resident.disability_note')!.textContent).toContain('请查看残疾证原件');
    expect(field('household.address')!.tagName).toBe('VAADIN-TEXT-AREA');
    expect(view.getByTestId('field-household.location-locate').textContent).toBe('获取位置');
    expect(field('household.door_photo')!.textContent).toContain('拍照');
    expect(field('household.members[0].household.member_name')!.tagName).toBe('VAADIN-TEXT-FIELD');
    expect(field('resident.age')!.textContent).toContain('自动计算');
  });

  it('asks for the number pad or the phone pad on tablets', async () => {
    const { field } = mount();
    await waitFor(() => expect(input(field('resident.height')!).inputMode).toBe('decimal'));
    expect(input(field('resident.phone')!).inputMode).toBe('tel');
    expect(input(field('resident.name')!).inputMode).toBe('');
  });
});

describe('as the worker types', () => {
  it('calculates the age and asks the questions it makes relevant', async () => {
    const { field, seen } = mount({ 'resident.gender': 'female' });
    expect(field('resident.marital_status')).toBeNull();
    expect(field('resident.pregnant')).toBeNull();
    await pickDate(field('resident.birth_date'), '1990-06-15');
    expect(field('resident.age-value')?.textContent ?? field('resident.age')!.textContent).toContain('36');
    expect(field('resident.marital_status')).not.toBeNull();
    expect(field('resident.pregnant')).not.toBeNull();
    await choose(field('resident.pregnant'), 'yes');
    expect(field('resident.due_date')).not.toBeNull();
    await choose(field('resident.gender'), 'male');
    expect(field('resident.pregnant')).toBeNull();
    expect(field('resident.due_date')).toBeNull();
    expect(seen.state!.fields.get('resident.due_date')!.relevant).toBe(false);
  });

  it('shows required-when-relevant at the field once it is asked and touched', async () => {
    const { field, seen } = mount({}, { showAllErrors: true });
    expect(field('resident.disability_level')).toBeNull();
    await choose(field('resident.disability'), 'yes');
    expect(errorOf(field('resident.disability_level'))).toBe('残疾等级为必填项。');
    await choose(field('resident.disability_level'), '2');
    expect(errorOf(field('resident.disability_level'))).toBeFalsy();
    expect(seen.values['resident.disability_level']).toBe('2');
  });

  it('checks a constraint as soon as the value is committed', async () => {
    const { field } = mount();
    await type(field('resident.height'), '300');
    expect(errorOf(field('resident.height'))).toBe('身高（厘米）不符合填写要求，请核对。');
    await type(field('resident.height'), '172.5');
    expect(errorOf(field('resident.height'))).toBeFalsy();
  });

  it('does not show errors of untouched fields until asked to show all', () => {
    const quiet = mount();
    expect(errorOf(quiet.field('resident.name'))).toBeFalsy();
    cleanup();
    const loud = mount({}, { showAllErrors: true });
    expect(errorOf(loud.field('resident.name'))).toBe('姓名为必填项。');
  });
});

describe('ID numbers and phones', () => {
  it('normalises a 15-digit, full-width or lower-case-x ID number when the worker leaves the field', async () => {
    const { field, seen } = mount();
    await type(field('resident.id_number'), '１１０１０５４９１２３１００２');
    expect(seen.values['resident.id_number']).toBe('11010519491231002X');
    expect((field('resident.id_number') as unknown as { helperText: string }).helperText).toBe('已规范为 11010519491231002X');
    await type(field('resident.id_number'), '11010519491231002x');
    expect(seen.values['resident.id_number']).toBe('11010519491231002X');
  });

  it('shows the server message of a wrong check digit in Chinese', async () => {
    const { field } = mount();
    await type(field('resident.id_number'), '110105194912310021');
    expect(errorOf(field('resident.id_number'))).toBe('身份证号码：校验码不符，请核对号码。');
  });

  it('canonicalises phones and rejects foreign ones', async () => {
    const { field, seen } = mount();
    await type(field('resident.phone'), '+86 138-0013-8000');
    expect(seen.values['resident.phone']).toBe('13800138000');
    await type(field('resident.phone'), '+1 650 253 0000');
    expect(errorOf(field('resident.phone'))).toBe('联系电话：仅接受中国大陆号码。');
  });
});

describe('repeat groups', () => {
  it('adds rows, asks per-row questions and removes a row with two taps', async () => {
    const { field, view, seen } = mount();
    await tap(view.getByTestId('field-household.members-add'));
    await tap(view.getByTestId('field-household.members-add'));
    expect(seen.values['household.members']).toEqual([{}, {}]);
    await type(field('household.members[0].household.member_name'), '李示范');
    await type(field('household.members[0].household.member_age'), '10');
    await type(field('household.members[1].household.member_name'), '王示范');
    await type(field('household.members[1].household.member_age'), '45');
    expect(seen.values['household.members']).toEqual([
      { 'household.member_name': '李示范', 'household.member_age': 10 },
      { 'household.member_name': '王示范', 'household.member_age': 45 },
    ]);
    expect(field('household.members[0].household.member_school')).not.toBeNull();
    expect(field('household.members[1].household.member_school')).toBeNull();
    expect(field('household.members[0].household.member_id_number')).toBeNull();
    expect(field('household.members[1].household.member_id_number')).not.toBeNull();

    const remove = view.getByTestId('household.members[0]-remove');
    await tap(remove);
    expect(seen.values['household.members']).toHaveLength(2); // armed, not yet removed
    await tap(view.getByTestId('household.members[0]-remove'));
    expect(seen.values['household.members']).toEqual([{ 'household.member_name': '王示范', 'household.member_age': 45 }]);
    expect(field('household.members[0].household.member_id_number')).not.toBeNull();
  });

  it('shows a row error at the row field', async () => {
    const { field } = mount({ 'household.members': [{ 'household.member_name': '赵示范', 'household.member_age': 130 }] });
    expect(errorOf(field('household.members[0].household.member_age'))).toBe('成员年龄不符合填写要求，请核对。');
  });
});

describe('prefill', () => {
  const prefill: Prefill = {
    'resident.name': { value: '张示范', seq: 11, at: '2026-11-20T08:00:00Z', fresh: true },
    'resident.phone': { value: '13800138000', seq: 12, at: '2025-01-02T08:00:00Z', fresh: false },
  };
  const initial = { 'resident.name': '张示范' };

  it('shows a fresh value as 待核实 with one tap to confirm', async () => {
    const { view, seen } = mount(initial, { prefill });
    const verify = view.getByTestId('field-resident.name');
    expect(verify.textContent).toContain('待核实');
    expect(view.getByTestId('field-resident.name-value').textContent).toBe('张示范');
    await tap(view.getByTestId('field-resident.name-confirm'));
    expect(seen.confirmed).toEqual(['resident.name']);
    expect(view.getByTestId('field-resident.name').tagName).toBe('VAADIN-TEXT-FIELD');
    expect(view.container.textContent).toContain('已核实');
  });

  it('lets the worker correct a fresh value', async () => {
    const { view, field, seen } = mount(initial, { prefill });
    await tap(view.getByTestId('field-resident.name-edit'));
    await type(field('resident.name'), '张示范二');
    expect(seen.values['resident.name']).toBe('张示范二');
    expect(view.container.textContent).toContain('原记录（2026-11-20）：张示范');
  });

  it('asks a stale value again, offering the old one with one tap', async () => {
    const { view, field, seen } = mount(initial, { prefill });
    expect(input(field('resident.phone')!).value).toBe('');
    const stale = view.getByTestId('field-resident.phone-stale');
    expect(stale.textContent).toContain('原记录已过期，请重新询问');
    expect(stale.textContent).toContain('13800138000');
    await tap(stale.querySelector('vaadin-button'));
    expect(seen.values['resident.phone']).toBe('13800138000');
  });
});

describe('GPS and photos', () => {
  const position = (lat: number, lon: number, accuracy: number) =>
    ({ coords: { latitude: lat, longitude: lon, accuracy } }) as GeolocationPosition;

  it('takes a GPS point and shows its accuracy', async () => {
    const geolocation = { getCurrentPosition: vi.fn((ok: PositionCallback) => ok(position(30.2741234, 120.1551234, 8.26))) };
    const { view, seen } = mount({}, { geolocation: geolocation as unknown as Geolocation });
    await tap(view.getByTestId('field-household.location-locate'));
    await waitFor(() => expect(seen.values['household.location']).toEqual({ lat: 30.2741234, lon: 120.1551234, accuracy: 8.3 }));
    expect(view.getByTestId('field-household.location-point').textContent).toContain('精度约 8 米');
  });

  it('says clearly when location is denied', async () => {
    const denied = { getCurrentPosition: (_: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError) };
    const { view, seen } = mount({}, { geolocation: denied as unknown as Geolocation });
    await tap(view.getByTestId('field-household.location-locate'));
    await waitFor(() => expect(view.getByTestId('field-household.location-problem').textContent).toContain('未获得定位权限'));
    expect(seen.values).not.toHaveProperty('household.location');
  });

  it('hands a processed photo to onPhoto and keeps its hash as the value', async () => {
    const stored: PreparedPhoto[] = [];
    const processPhoto = async (file: Blob): Promise<PreparedPhoto> => {
      const blob = new Blob([await file.arrayBuffer()], { type: 'image/jpeg' });
      return { blob, sha256: await sha256Hex(blob), width: 1600, height: 1200 };
    };
    const { view, seen } = mount({}, { processPhoto, onPhoto: (p) => void stored.push(p) });
    const file = new File([new Uint8Array([1, 2, 3])], 'door.jpg', { type: 'image/jpeg' });
    const chooser = view.getByTestId('field-household.door_photo-file') as HTMLInputElement;
    await act(async () => {
      Object.defineProperty(chooser, 'files', { value: [file], configurable: true });
      chooser.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const hash = '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81'; // SHA-256 of 01 02 03
    await waitFor(() => expect(seen.values['household.door_photo']).toBe(hash));
    expect(stored.map((p) => p.sha256)).toEqual([hash]);
  });
});

describe('long forms', () => {
  it('mounts the first batch at once and the rest in the background', async () => {
    const { generatedForm } = await import('./fixtures.js');
    const long = generatedForm(200);
    const view = render(<FormRenderer form={long} today={today} values={{}} onChange={() => undefined} batchSize={20} />);
    const count = () => view.container.querySelectorAll('.of-field').length;
    expect(count()).toBe(20);
    const relevant = long.fields.filter((f) => !f.relevance).length;
    await waitFor(() => expect(count()).toBe(relevant), { timeout: 5000 });
  });

  it('by default mounts one screen (12 fields) of a long form first, and a short form whole', async () => {
    const { generatedForm } = await import('./fixtures.js');
    const long = generatedForm(200);
    const view = render(<FormRenderer form={long} today={today} values={{}} onChange={() => undefined} />);
    const count = () => view.container.querySelectorAll('.of-field').length;
    expect(count()).toBe(12);
    await waitFor(() => expect(count()).toBe(long.fields.filter((f) => !f.relevance).length), { timeout: 5000 });
    view.unmount();
    const short = generatedForm(20);
    const shortView = render(<FormRenderer form={short} today={today} values={{}} onChange={() => undefined} />);
    expect(shortView.container.querySelectorAll('.of-field').length).toBe(short.fields.filter((f) => !f.relevance).length);
  });
});
