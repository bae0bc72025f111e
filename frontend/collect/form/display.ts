/** How values read to the worker (choice labels, 是/否, points), and a date picker in the worker's language. */
import type { DatePickerI18n } from '@vaadin/react-components/DatePicker.js';
import { localized, message, type Locale } from './messages.js';
import type { FormFieldDto, GpsValue } from './types.js';

export function displayValue(field: FormFieldDto, value: unknown, locale: Locale): string {
  if (value === undefined || value === null || value === '') return '';
  const label = (code: string) => localized(field.choices?.find((c) => c.code === code)?.label, locale) || code;
  switch (field.type) {
    case 'single_choice':
      return label(String(value));
    case 'multiple_choice': {
      const codes = Array.isArray(value) ? value.map(String) : String(value).trim().split(/\s+/);
      return codes.map(label).join(locale === 'en' ? ', ' : '、');
    }
    case 'yes_no':
      return value === 'yes' || value === true ? message(locale, 'form.yes') : value === 'no' || value === false ? message(locale, 'form.no') : String(value);
    case 'gps': {
      if (typeof value === 'object') {
        const p = value as GpsValue;
        const point = message(locale, 'gps.point', p.lat, p.lon);
        if (p.accuracy == null) return point;
        const accuracy = message(locale, 'gps.accuracy', Math.round(p.accuracy));
        return locale === 'en' ? `${point} (${accuracy})` : `${point}（${accuracy}）`;
      }
      return String(value);
    }
    case 'photo':
      return message(locale, 'photo.saved');
    case 'repeat_group':
      return Array.isArray(value) ? String(value.length) : '';
    default:
      return String(value);
  }
}

const zhDatePicker: DatePickerI18n = {
  monthNames: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  weekdays: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  weekdaysShort: ['日', '一', '二', '三', '四', '五', '六'],
  firstDayOfWeek: 1,
  today: '今天',
  cancel: '取消',
  formatTitle: (month, year) => `${year}年${month}`,
};

const enDatePicker: DatePickerI18n = { firstDayOfWeek: 1, today: 'Today', cancel: 'Cancel' };

/** Both languages show and accept YYYY-MM-DD, the form's own date format (and 2026/12/3, 2026.12.3). */
function isoFormat(i18n: DatePickerI18n): DatePickerI18n {
  return {
    ...i18n,
    formatDate: (d) => `${String(d.year).padStart(4, '0')}-${String(d.month + 1).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
    parseDate: (text) => {
      const m = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/.exec(text);
      return m ? { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) } : undefined;
    },
  };
}

export const datePickerI18n: Record<Locale, DatePickerI18n> = { 'zh-CN': isoFormat(zhDatePicker), en: isoFormat(enDatePicker) };
