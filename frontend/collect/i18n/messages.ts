/**
 * The collector's user-facing messages of the data layer and the sync engine: zh-CN (the default) and English.
 * Errors, warnings and states carry a message key and parameters, never a sentence; the screens turn them into
 * text with {@link message}. Keys are stable (tests and screens refer to them).
 *
 *   message('storage.full');                              // '设备存储空间已满…'
 *   message('outbox.old', { days: 4 }, 'en');             // 'An item has been waiting…'
 */

export type Locale = 'zh-CN' | 'en';

const zhCN = {
  'storage.full': '设备存储空间已满，本次修改未能保存。请先同步或删除不需要的照片，再离开此表单。',
  'storage.notPersistent': '浏览器未授予持久存储，空间不足时数据可能被清除。请尽快同步，或将本应用添加到主屏幕。',
  'storage.unavailable': '无法打开本地存储（可能处于隐私模式）。请使用普通模式打开本应用。',
  'outbox.old': '有待上传的表单已等待 {days} 天，请尽快连网同步。',
  'draft.damaged': '有一份草稿已损坏，无法打开（{reason}）。已单独保存，其他草稿不受影响。',
  'draft.damaged.badJson': '内容不是有效数据',
  'draft.damaged.badShape': '缺少必要的信息：{field}',
  'draft.notFound': '找不到这份草稿，可能已提交或已删除。',
  'attachment.lost': '照片在本机已丢失（{sha}），请重新拍摄后再提交。',
  'attachment.tooLarge': '照片太大（{size}），请重新拍摄或压缩后再试。',
  'sync.idle': '已同步',
  'sync.uploading': '正在上传 {sent}/{total}',
  'sync.downloading': '正在下载 {received}/{total}',
  'sync.waitingForOtherTab': '另一个窗口正在同步，请稍候',
  'sync.retrying': '网络不稳定，{seconds} 秒后重试',
  'sync.signInAgain': '登录已过期，请重新登录。未上传的表单已安全保存在本机。',
  'sync.forbidden': '此账号不能同步采集数据，请使用网格员账号登录。',
  'sync.offline': '无法连接服务器，表单已保存在本机，连网后会自动上传。',
  'sync.serverError': '服务器暂时无法处理（{status}），稍后会自动重试。',
  'sync.garbage': '服务器的回复无法识别，数据未受影响，稍后会自动重试。',
  'sync.lastSync': '上次同步：{time}',
  'sync.neverSynced': '尚未同步',
  'sync.badCredentials': '用户名或密码错误。',
  'sync.formMissing': '本机没有第 {version} 版“{subjectType}”表单，请连网同步后再填写。',
  'outbox.quarantined.conflict': '服务器已收到同一编号但内容不同的提交（{code}），本条未被接受。请核对后另存为新提交。',
  'outbox.quarantined.invalid': '服务器检查发现此表单有不符合要求的内容，未被接受。请按下列提示修改后重新提交。',
  'outbox.quarantined.tooLarge': '此表单太大，服务器无法接收，请减少照片后重新提交。',
  'outbox.quarantined.attachmentLost': '此表单的照片在本机已丢失，请重新拍摄后重新提交。',
  'outbox.quarantined.refused': '服务器拒收了此表单（{code}），请修改后重新提交。',
} as const;

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  'storage.full': 'The device storage is full and this change was not saved. Sync or delete photos you do not need before leaving this form.',
  'storage.notPersistent': 'The browser did not grant persistent storage, so data may be cleared when space runs low. Sync soon, or add this app to the home screen.',
  'storage.unavailable': 'Local storage cannot be opened (private mode?). Open the app in a normal window.',
  'outbox.old': 'A finished form has been waiting {days} days to be sent. Connect and sync soon.',
  'draft.damaged': 'A draft is damaged and cannot be opened ({reason}). It was set aside; your other drafts are fine.',
  'draft.damaged.badJson': 'its content is not valid data',
  'draft.damaged.badShape': 'it lacks {field}',
  'draft.notFound': 'This draft no longer exists; it may have been finalized or deleted.',
  'attachment.lost': 'A photo is missing on this device ({sha}); take it again and resubmit.',
  'attachment.tooLarge': 'The photo is too large ({size}); take it again or compress it.',
  'sync.idle': 'Up to date',
  'sync.uploading': 'Sending {sent}/{total}',
  'sync.downloading': 'Downloading {received}/{total}',
  'sync.waitingForOtherTab': 'Another window is syncing; waiting',
  'sync.retrying': 'The network is unsteady; retrying in {seconds} s',
  'sync.signInAgain': 'Your sign-in has expired. Sign in again; unsent forms are kept safely on this device.',
  'sync.forbidden': 'This account cannot sync collected data. Sign in as a grid worker.',
  'sync.offline': 'The server cannot be reached. Forms are kept on this device and are sent when you are back online.',
  'sync.serverError': 'The server could not handle the request ({status}); it will be retried.',
  'sync.garbage': 'The server answered something unexpected; nothing was lost and it will be retried.',
  'sync.lastSync': 'Last sync: {time}',
  'sync.neverSynced': 'Never synced',
  'sync.badCredentials': 'Wrong user name or password.',
  'sync.formMissing': 'Version {version} of the "{subjectType}" form is not on this device. Sync before filling it.',
  'outbox.quarantined.conflict': 'The server already holds a submission with this id and other content ({code}); this one was not taken. Check it and save it as a new submission.',
  'outbox.quarantined.invalid': 'The server found problems in this form and did not take it. Correct the fields below and submit again.',
  'outbox.quarantined.tooLarge': 'This form is too large for the server. Remove photos and submit again.',
  'outbox.quarantined.attachmentLost': 'A photo of this form is missing on this device. Take it again and resubmit.',
  'outbox.quarantined.refused': 'The server refused this form ({code}). Correct it and submit again.',
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

let defaultLocale: Locale = 'zh-CN';

/** Sets the locale used when {@link message} is called without one (zh-CN unless changed). */
export function setLocale(locale: Locale): void {
  defaultLocale = locale;
}

/** The form names a {subjectType} placeholder shows (the server's keys are English). */
const SUBJECT_TYPES: Record<Locale, Record<string, string>> = {
  'zh-CN': { resident: '居民', household: '住户', place: '场所' },
  en: { resident: 'resident', household: 'household', place: 'place' },
};

/** What a damaged draft lacks ({field} of draft.damaged.badShape), named for the worker. */
const DRAFT_FIELDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    row: '整条记录', id: '草稿编号', subjectType: '表单类型', grid: '所属网格', createdAt: '创建时间', updatedAt: '保存时间',
    formVersion: '表单版本', values: '填写内容', baseSeqs: '原记录版本', attachments: '照片清单',
  },
  en: {
    row: 'the whole record', id: 'its id', subjectType: 'the form type', grid: 'its grid', createdAt: 'its creation time',
    updatedAt: 'its save time', formVersion: 'the form version', values: 'the answers', baseSeqs: 'the record versions',
    attachments: 'the photo list',
  },
};

/** A message with its {placeholders} filled; unknown placeholders stay as written; subject types in the locale. */
export function message(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = defaultLocale): string {
  const template = catalogs[locale][key] ?? zhCN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    if (name === 'subjectType') return SUBJECT_TYPES[locale][value] ?? value;
    if (name === 'field' && key === 'draft.damaged.badShape') return DRAFT_FIELDS[locale][value] ?? value;
    return value;
  });
}

/** A message reference: what errors, warnings and states carry so the screen can render it in any locale. */
export interface Msg {
  readonly key: MessageKey;
  readonly params?: Record<string, string | number>;
}

export function render(msg: Msg, locale: Locale = defaultLocale): string {
  return message(msg.key, msg.params ?? {}, locale);
}

/** Every key of the catalog (for the test that both locales are complete). */
export const messageKeys = Object.keys(zhCN) as MessageKey[];
export const catalog = catalogs;
