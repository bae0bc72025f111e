/**
 * The form renderer's own texts, zh-CN first, English second. Validation messages are the server's
 * (forms/src/main/resources/org/oneform/forms/validate/messages*.properties) with the same codes and
 * arguments: {0} is the field's label, further arguments per code. Keep them in step.
 */

export type Locale = 'zh-CN' | 'en';

const zh = {
  // validation: identical to messages_zh.properties of org.oneform.forms.validate
  invalid: '{0}：填写内容无效。',
  'unknown-field': '本表没有字段“{0}”。',
  required: '{0}为必填项。',
  'type.text': '{0}应为文字。',
  'type.integer': '{0}应为整数。',
  'type.decimal': '{0}应为数字。',
  date: '{0}应为日期（年-月-日）。',
  choice: '{0}：“{1}”不是可选项。',
  'choice.duplicate': '{0}：选项“{1}”重复选择。',
  'yes-no': '{0}应选择“是”或“否”。',
  gps: '{0}应为位置坐标：纬度（-90至90）、经度（-180至180），精度以米计（不小于0）。',
  repeat: '{0}应为若干行记录。',
  constraint: '{0}不符合填写要求：{1}',
  'constraint.error': '{0}：无法校验填写要求（{1}）。',
  'calculation.error': '{0}无法计算（{1}）。',
  'id.length': '{0}：身份证号码应为18位（旧版15位）。',
  'id.characters': '{0}：身份证号码应为17位数字加1位数字或X。',
  'id.checksum': '{0}：校验码不符，请核对号码。',
  'id.birth-date': '{0}：号码中的出生日期无效。',
  'id.region': '{0}：号码开头的地区代码无效。',
  'phone.empty': '{0}：电话号码为空。',
  'phone.characters': '{0}：电话号码只能包含数字、空格、+、- 和括号。',
  'phone.foreign': '{0}：仅接受中国大陆号码。',
  'phone.invalid': '{0}：不是有效的中国大陆电话号码。',
  // the renderer's own texts
  // at the field a constraint reads without its expression (the server's message, for the outbox, keeps it)
  'form.constraint': '{0}不符合填写要求，请核对。',
  'form.required-mark': '必填',
  'form.calculated': '自动计算',
  'form.empty-calculation': '（待计算）',
  'form.note': '说明',
  'form.choose': '请选择',
  'form.yes': '是',
  'form.no': '否',
  'form.clear': '清除',
  'form.language': 'English',
  'form.errors-in-section': '{0} 处需修改',
  'form.field-count': '{0} 个问题',
  'prefill.verify': '待核实',
  'prefill.confirm': '确认无误',
  'prefill.edit': '修改',
  'prefill.confirmed': '已核实',
  'prefill.recorded': '原记录（{0}）：{1}',
  'prefill.stale': '原记录已过期，请重新询问',
  'prefill.same': '与原记录相同',
  'repeat.add': '添加一行',
  'repeat.remove': '删除此行',
  'repeat.row': '第 {0} 行',
  'repeat.empty': '尚无记录',
  'gps.capture': '获取位置',
  'gps.again': '重新定位',
  'gps.locating': '正在定位…',
  'gps.accuracy': '精度约 {0} 米',
  'gps.point': '纬度 {0}，经度 {1}',
  'gps.denied': '未获得定位权限。请在浏览器设置中允许本应用使用位置信息，然后重试。',
  'gps.unavailable': '暂时无法获取位置（信号弱或定位服务关闭）。请到开阔处重试。',
  'gps.timeout': '定位超时，请重试。',
  'gps.unsupported': '此设备不支持定位。',
  'gps.poor': '精度较差（超过 {0} 米），建议到开阔处重新定位。',
  'photo.take': '拍照',
  'photo.choose': '从相册选择',
  'photo.retake': '重新拍照',
  'photo.remove': '删除照片',
  'photo.processing': '正在处理照片…',
  'photo.failed': '照片处理失败：{0}',
  'photo.saved': '照片已保存',
  'photo.unavailable': '照片已保存（本机无预览）',
  'id.normalised': '已规范为 {0}',
  'phone.normalised': '已规范为 {0}',
  // section keys: identical to section.* in app/src/main/resources/messages.properties
  'section.basic': '基本信息',
  'section.residence': '居住情况',
  'section.health': '健康状况',
  'section.disability': '残疾情况',
  'section.welfare': '社会救助与福利',
  'section.employment': '就业与社保',
  'section.veterans': '退役军人',
  'section.emergency': '紧急联系',
  'section.address': '住址',
  'section.members': '家庭成员',
  'section.housing': '住房',
  'section.living': '生活状况',
  'section.public_order': '治安',
  'section.safety': '安全',
  'section.fire_safety': '消防安全',
  'section.hazards': '危险源',
  'section.licences': '证照',
  'section.general': '其他',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  invalid: '{0}: the value is not valid.',
  'unknown-field': 'This form has no field "{0}".',
  required: '{0} is required.',
  'type.text': '{0} must be text.',
  'type.integer': '{0} must be a whole number.',
  'type.decimal': '{0} must be a number.',
  date: '{0} must be a date (YYYY-MM-DD).',
  choice: '{0}: "{1}" is not one of the options.',
  'choice.duplicate': '{0}: option "{1}" is selected twice.',
  'yes-no': '{0} must be yes or no.',
  gps: '{0} must be a location: latitude (-90 to 90) and longitude (-180 to 180) in degrees, accuracy in metres (0 or more).',
  repeat: '{0} must be a list of rows.',
  constraint: '{0} does not meet its condition: {1}',
  'constraint.error': '{0}: its condition could not be checked ({1}).',
  'calculation.error': '{0} could not be calculated ({1}).',
  'id.length': '{0}: an ID number has 18 characters (or 15 for an old card).',
  'id.characters': '{0}: an ID number has 17 digits and a final digit or X.',
  'id.checksum': '{0}: the check digit does not match; please check the number.',
  'id.birth-date': '{0}: the birth date in the ID number is not a valid date.',
  'id.region': '{0}: the ID number does not start with a valid region code.',
  'phone.empty': '{0}: the phone number is empty.',
  'phone.characters': '{0}: a phone number may contain only digits, spaces, +, - and brackets.',
  'phone.foreign': '{0}: only mainland China numbers are accepted.',
  'phone.invalid': '{0}: this is not a valid mainland China phone number.',
  'form.constraint': '{0} does not meet its condition: please check.',
  'form.required-mark': 'Required',
  'form.calculated': 'Calculated',
  'form.empty-calculation': '(not yet calculated)',
  'form.note': 'Note',
  'form.choose': 'Choose',
  'form.yes': 'Yes',
  'form.no': 'No',
  'form.clear': 'Clear',
  'form.language': '中文',
  'form.errors-in-section': '{0} to fix',
  'form.field-count': '{0} questions',
  'prefill.verify': 'Verify',
  'prefill.confirm': 'Confirm',
  'prefill.edit': 'Edit',
  'prefill.confirmed': 'Verified',
  'prefill.recorded': 'On record ({0}): {1}',
  'prefill.stale': 'The record is out of date: please ask again',
  'prefill.same': 'Same as on record',
  'repeat.add': 'Add a row',
  'repeat.remove': 'Remove this row',
  'repeat.row': 'Row {0}',
  'repeat.empty': 'No rows yet',
  'gps.capture': 'Get location',
  'gps.again': 'Locate again',
  'gps.locating': 'Locating…',
  'gps.accuracy': 'Accuracy about {0} m',
  'gps.point': 'Latitude {0}, longitude {1}',
  'gps.denied': 'Location permission was denied. Allow this app to use your location in the browser settings, then try again.',
  'gps.unavailable': 'The location is not available right now (weak signal or location services off). Try again in the open.',
  'gps.timeout': 'Locating took too long. Please try again.',
  'gps.unsupported': 'This device cannot provide a location.',
  'gps.poor': 'Poor accuracy (more than {0} m): try again in the open.',
  'photo.take': 'Take photo',
  'photo.choose': 'Choose from gallery',
  'photo.retake': 'Retake',
  'photo.remove': 'Remove photo',
  'photo.processing': 'Processing the photo…',
  'photo.failed': 'The photo could not be processed: {0}',
  'photo.saved': 'Photo saved',
  'photo.unavailable': 'Photo saved (no preview on this device)',
  'id.normalised': 'Normalised to {0}',
  'phone.normalised': 'Normalised to {0}',
  'section.basic': 'Basic information',
  'section.residence': 'Residence',
  'section.health': 'Health',
  'section.disability': 'Disability',
  'section.welfare': 'Assistance and welfare',
  'section.employment': 'Employment and social security',
  'section.veterans': 'Veterans',
  'section.emergency': 'Emergency contact',
  'section.address': 'Address',
  'section.members': 'Household members',
  'section.housing': 'Housing',
  'section.living': 'Living conditions',
  'section.public_order': 'Public order',
  'section.safety': 'Safety',
  'section.fire_safety': 'Fire safety',
  'section.hazards': 'Hazards',
  'section.licences': 'Licences',
  'section.general': 'General',
};

const bundles: Record<Locale, Record<string, string>> = { 'zh-CN': zh, en };

/** Whether a text exists for `key` (validation codes the server may add later fall back to `invalid`). */
export function hasMessage(key: string): boolean {
  return Object.hasOwn(zh, key);
}

/** The text for `key` in `locale` with {0}, {1} … replaced (zh-CN when the locale is unknown). */
export function message(locale: Locale, key: MessageKey | string, ...args: readonly unknown[]): string {
  const bundle = bundles[locale] ?? bundles['zh-CN'];
  const pattern = bundle[key] ?? bundle.invalid;
  return pattern.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** A section key's name; an unknown section shows its key. */
export function sectionName(locale: Locale, section: string): string {
  const key = `section.${section}`;
  return hasMessage(key) ? message(locale, key) : section;
}

/** The text of a LocalizedText in `locale`, falling back to the other language. */
export function localized(text: { 'zh-CN': string; en: string } | null | undefined, locale: Locale): string {
  if (!text) return '';
  return (locale === 'en' ? text.en || text['zh-CN'] : text['zh-CN'] || text.en) ?? '';
}
