/**
 * Value types for Chinese identifiers: the resident ID number ({@link org.oneform.forms.values.IdNumber},
 * 居民身份证号码, GB 11643), the phone number ({@link org.oneform.forms.values.Phone}) and the unified
 * social credit code of an organisation ({@link org.oneform.forms.values.CreditCode}, 统一社会信用代码,
 * GB 32100), and the GPS point ({@link org.oneform.forms.values.GeoPoint}).
 *
 * <p>Each type parses raw user input the way it really arrives from a tablet or a spreadsheet
 * (full-width digits, stray spaces, a lower-case {@code x}, {@code +86}, dashes) into one canonical
 * value, or explains why it cannot with a stable reason code ({@link org.oneform.forms.values.Parsed}).
 * The reason codes are message keys: validation shows them, dedup treats an invalid value as no
 * evidence. An instance of a value type is always valid; its {@code toString()} is masked, so a value
 * that ends up in a log does not leak the identifier.
 *
 * <p>Shared by validation (forms), dedup and search (sync) and the demo data (app). This package owns
 * the checksums and the normalisation rules; it does not own masking policy on screens (who may reveal
 * what) nor encryption at rest.
 */
package org.oneform.forms.values;
