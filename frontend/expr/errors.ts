/** Reason codes, shared with the Java evaluator (ExpressionError.Reason) and conformance.json. */
export type Reason =
  | 'unexpected-character'
  | 'unterminated-string'
  | 'invalid-field-reference'
  | 'unexpected-token'
  | 'unexpected-end'
  | 'unknown-function'
  | 'wrong-argument-count'
  | 'not-a-number'
  | 'not-a-date'
  | 'not-a-boolean'
  | 'type-mismatch'
  | 'division-by-zero'
  | 'invalid-regex'
  | 'invalid-argument';

/** position: 0-based offset in code points; message ends with `at <position>`. */
export interface ExpressionError {
  readonly position: number;
  readonly reason: Reason;
  readonly message: string;
}

export class ExpressionException extends Error {
  readonly error: ExpressionError;

  constructor(position: number, reason: Reason, description: string) {
    super(`${description} at ${position}`);
    this.name = 'ExpressionException';
    this.error = { position, reason, message: this.message };
  }
}
