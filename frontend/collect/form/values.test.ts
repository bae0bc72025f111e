import { describe, expect, it } from 'vitest';
import { LocalDate } from '../../expr/index.js';
import { blankWords, gpsText, idCheckDigit, mask, normaliseIdNumber, parseGps, parseIdNumber, parsePhone, plainDecimal, stripBlanks } from './values.js';

const today = LocalDate.of(2026, 12, 3);

describe('ID numbers (GB 11643), as the server parses them', () => {
  it('accepts a valid number and computes the MOD 11-2 check character', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(parseIdNumber('11010519491231002X', today)).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('normalises full-width digits, spaces, a lower-case x and the multiplication sign', () => {
    expect(parseIdNumber('１１０１０５ １９４９１２３１ ００２ｘ', today)).toEqual({ ok: true, value: '11010519491231002X' });
    expect(parseIdNumber('11010519491231002x', today)).toEqual({ ok: true, value: '11010519491231002X' });
    expect(parseIdNumber('11010519491231002×', today)).toEqual({ ok: true, value: '11010519491231002X' });
    expect(normaliseIdNumber(' 4401\u200b0619 ')).toBe('44010619');
  });

  it('converts a legacy 15-digit number to 18 digits', () => {
    expect(parseIdNumber('110105491231002', today)).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('gives the reason code of what is wrong', () => {
    expect(parseIdNumber('1101051949123100', today)).toEqual({ ok: false, code: 'id.length' });
    expect(parseIdNumber('11010519491231A02X', today)).toEqual({ ok: false, code: 'id.characters' });
    expect(parseIdNumber('11010549123100A', today)).toEqual({ ok: false, code: 'id.characters' });
    expect(parseIdNumber('110105194912310021', today)).toEqual({ ok: false, code: 'id.checksum' });
    const region = '91010519491231002';
    expect(parseIdNumber(region + idCheckDigit(region), today)).toEqual({ ok: false, code: 'id.region' });
    const future = '11010520270101002';
    expect(parseIdNumber(future + idCheckDigit(future), today)).toEqual({ ok: false, code: 'id.birth-date' });
    const feb30 = '11010519900230002';
    expect(parseIdNumber(feb30 + idCheckDigit(feb30), today)).toEqual({ ok: false, code: 'id.birth-date' });
  });
});

describe('phones (mainland China), as the server parses them', () => {
  // the same inputs as forms/src/test/java/org/oneform/forms/values/PhoneTest.java
  it('canonicalises mobiles to 11 digits', () => {
    const inputs = ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138-0013-8000', '+8613800138000',
      '0086 138 0013 8000', '8613800138000', '(+86) 13800138000', '１３８００１３８０００', '138—0013—8000',
      '138–0013–8000', '138ー0013ー8000', '１３８　００１３　８０００', '\u200B13800138000 '];
    for (const raw of inputs) {
      expect(parsePhone(raw), raw).toEqual({ ok: true, value: '13800138000' });
    }
  });

  it('keeps the trunk 0 and area code of a landline', () => {
    for (const raw of ['0571-88886666', '0571 8888 6666', '(0571) 88886666', '057188886666', '+86 571 8888 6666', '０５７１－８８８８６６６６']) {
      expect(parsePhone(raw), raw).toEqual({ ok: true, value: '057188886666' });
    }
    expect(parsePhone('010-8888 8888')).toEqual({ ok: true, value: '01088888888' });
    expect(parsePhone('400-800-1234')).toEqual({ ok: true, value: '4008001234' });
    expect(parsePhone('(010) 6552 9988')).toEqual({ ok: true, value: '01065529988' });
  });

  it('gives the reason code of what is wrong', () => {
    const cases: [string, string][] = [['', 'phone.empty'], ['   ', 'phone.empty'], ['abc', 'phone.characters'],
      ['138001380OO', 'phone.characters'], ['1380013800 转 12', 'phone.characters'], ['138+00138000', 'phone.characters'],
      ['+1 650 253 0000', 'phone.foreign'], ['+852 9123 4567', 'phone.foreign'], ['1380013800', 'phone.invalid'],
      ['138001380001', 'phone.invalid'], ['88886666', 'phone.invalid'], ['12345', 'phone.invalid'], ['+', 'phone.invalid']];
    for (const [raw, code] of cases) expect(parsePhone(raw), raw).toEqual({ ok: false, code });
    expect(parsePhone('138abc')).toEqual({ ok: false, code: 'phone.characters' });
    expect(parsePhone('1+38')).toEqual({ ok: false, code: 'phone.characters' });
    expect(parsePhone('+1 212 555 0123')).toEqual({ ok: false, code: 'phone.foreign' });
    expect(parsePhone('12345')).toEqual({ ok: false, code: 'phone.invalid' });
    expect(parsePhone('1380013800')).toEqual({ ok: false, code: 'phone.invalid' });
  });
});

it('masks like the server', () => {
  expect(mask('11010519491231002X', 6, 4)).toBe('110105********002X');
  expect(mask('13800138000', 3, 4)).toBe('138****8000');
});

describe('GPS points, as the server parses them (GeoPoint)', () => {
  it('keeps the contract object and gives the server stored text', () => {
    expect(parseGps({ lat: 30.2741, lon: 120.1551, accuracy: 8.5 })).toEqual({ ok: true, value: { lat: 30.2741, lon: 120.1551, accuracy: 8.5 } });
    expect(parseGps({ lat: 30, lon: -0 })).toEqual({ ok: true, value: { lat: 30, lon: 0 } });
    expect(parseGps('30.27410,120.15510')).toEqual({ ok: true, value: { lat: 30.2741, lon: 120.1551 } });
    expect(parseGps('30.2741 120.1551 12 5')).toEqual({ ok: true, value: { lat: 30.2741, lon: 120.1551, accuracy: 5 } });
    expect(gpsText({ lat: 1e-7, lon: -1.5e-7 })).toBe('0.0000001 -0.00000015');
    expect(gpsText({ lat: 30.2741, lon: 120 })).toBe('30.2741 120');
    expect(plainDecimal(1.25e-10)).toBe('0.000000000125');
  });

  it('rejects strings inside the object, NaN, a negative accuracy, other keys and points off the globe', () => {
    for (const raw of [
      { lat: '30.27', lon: 120 },
      { lat: 30, lon: Number.NaN },
      { lat: 30, lon: 120, accuracy: -1 },
      { lat: 30, lon: 120, accuracy: '5' },
      { lat: 30, lon: 120, altitude: 3 },
      { lat: 90.5, lon: 120 },
      { lat: 30, lon: -181 },
      { lat: 30 },
      '30.27',
      '30 120 1 2 3',
      [30],
    ]) {
      expect(parseGps(raw), JSON.stringify(raw)).toEqual({ ok: false, code: 'gps' });
    }
  });
});

describe('blanks, as the server strips them (Blanks)', () => {
  it('strips every Unicode space, \\t-\\r, U+001C-U+001F and the BOM, and nothing else', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const expected = /[\t-\r\u001C-\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/.test(ch);
      expect(stripBlanks(`${ch}a${ch}`) === 'a', `U+${c.toString(16)}`).toBe(expected);
    }
    expect(blankWords(' x\u3000y\u00a0 z ')).toEqual(['x', 'y', 'z']);
    expect(blankWords('\u00a0')).toEqual([]);
  });
});
