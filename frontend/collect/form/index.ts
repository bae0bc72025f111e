/**
 * The offline collector's form renderer and form state engine. See README.md in this folder for the API.
 * Engine and values are DOM-free (usable by the outbox/finalize step and in workers); FormRenderer is React.
 */
export { FormRenderer, type FormRendererProps } from './FormRenderer.js';
export { warmUpFormRenderer } from './warmup.js';
export {
  compileForm,
  evaluateForm,
  updateForm,
  validateForm,
  fieldState,
  todayInChina,
  type CompiledForm,
  type EvaluationOptions,
  type FieldError,
  type FieldState,
  type FormState,
  type RowState,
} from './engine.js';
export { finalizeFill, type Finalized } from './finalize.js';
export { initialValues, prefillStatus, awaitingVerification, baseSeqs, prefillValue, type PrefillStatus } from './prefill.js';
export { parseIdNumber, parsePhone, parseGps, gpsText, normaliseIdNumber, idCheckDigit, mask, type Parsed } from './values.js';
export { compressPhoto, sha256Hex, scaledSize, MAX_EDGE, type PreparedPhoto } from './photo.js';
export { locate, GpsError, type GpsProblem } from './gps.js';
export { message, sectionName, localized, type Locale } from './messages.js';
export type { FormVersionDto, FormFieldDto, ChoiceDto, LocalizedText, FormValues, RowValues, GpsValue, Prefill, PrefillValue } from './types.js';
