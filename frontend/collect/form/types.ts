/**
 * The form JSON as the server serves it (GET /api/forms/v1/{subjectType}/current, and the collector's
 * GET /api/sync/v1/forms/{subjectType}/versions/{version}); mirrors org.oneform.app.forms.FormVersionDto,
 * FormFieldDto, ChoiceDto and LocalizedText. And the value conventions of the collector ⇄ server contract.
 */

/** A text in the two languages of the catalog, keyed by BCP 47 tag. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

export interface ChoiceDto {
  readonly code: string;
  readonly label: LocalizedText;
}

/** The catalog's type keys (org.oneform.forms.catalog.FieldType#key). */
export type FieldTypeKey =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'single_choice'
  | 'multiple_choice'
  | 'yes_no'
  | 'id_number'
  | 'phone'
  | 'address'
  | 'gps'
  | 'photo'
  | 'note'
  | 'repeat_group';

export interface FormFieldDto {
  readonly id: string;
  readonly type: FieldTypeKey | string;
  readonly role?: string;
  readonly section: string;
  readonly label: LocalizedText;
  readonly hint?: LocalizedText | null;
  readonly choices?: readonly ChoiceDto[];
  /** `true()` or a condition; null when optional. */
  readonly required?: string | null;
  /** A condition the value must meet (`.` is the value), or null. */
  readonly constraint?: string | null;
  /** The effective relevance; null means always asked. A repeat group's children are evaluated per row. */
  readonly relevance?: string | null;
  /** How the value is computed (then it is not asked), or null. */
  readonly calculation?: string | null;
  /** ISO-8601 period, e.g. P90D. */
  readonly refresh?: string | null;
  readonly sensitivity?: string;
  readonly requestedBy?: readonly string[];
  readonly children?: readonly FormFieldDto[];
}

/** What the renderer hands an input that draws its own field (GPS, photo): the field, where its value lives, the raw value and its texts. */
export interface FieldInputProps {
  readonly field: FormFieldDto;
  readonly path: string;
  readonly raw: unknown;
  readonly label: string;
  readonly hint: string | undefined;
  readonly error: string | undefined;
  readonly required: boolean;
}

export interface FormVersionDto {
  readonly subjectType: string;
  readonly version: number;
  readonly publishedAt?: string;
  readonly fields: readonly FormFieldDto[];
}

/** A GPS point as the contract sends it; accuracy in metres. */
export interface GpsValue {
  readonly lat: number;
  readonly lon: number;
  readonly accuracy?: number | null;
}

/** One row of a repeat group: child field id → value. */
export type RowValues = Readonly<Record<string, unknown>>;

/**
 * The values of a filled form, keyed by field id, as they are saved in a draft and sent in a submission:
 * text as strings, integers and decimals as numbers, dates `YYYY-MM-DD`, a single choice as its code, a
 * multiple choice as an array of codes, yes/no as `yes`/`no`, ID numbers and phones as canonical strings,
 * GPS as {@link GpsValue}, a photo as the SHA-256 hex of its blob, a repeat group as an array of
 * {@link RowValues}. While the worker types, a value may be raw text that is not valid yet (then the field
 * shows its error).
 */
export type FormValues = Readonly<Record<string, unknown>>;

/** One prefilled value from the download (`assignments[].values[fieldId]`). */
export interface PrefillValue {
  readonly value: unknown;
  /** The ledger sequence of the golden-record value (the submission's baseSeqs). */
  readonly seq: number;
  /** When it was recorded, ISO-8601. */
  readonly at: string;
  /** Within the field's refresh interval: shown as "verify" instead of asked. */
  readonly fresh: boolean;
}

export type Prefill = Readonly<Record<string, PrefillValue>>;
