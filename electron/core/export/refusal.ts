import type { ErrorCode } from '@shared/contract';
import type { LocalizedText } from '@shared/i18n/lang';
import type { FieldIssue } from '@shared/validation';
import { CoreError } from '../errors';

/**
 * A refusal worded here, beside the export and branding code that gives it, rather than in the
 * core's shared catalogue: it reaches the caller exactly like any CoreError.
 */
export class ExportRefusal extends CoreError {
  constructor(code: ErrorCode, text: LocalizedText, issues?: FieldIssue[]) {
    super(code, code === 'validation' ? 'error.validation' : 'error.not_found', {}, issues);
    if (code !== 'validation') {
      Object.defineProperty(this, 'messages', { value: text, enumerable: true });
      this.message = text.en;
    }
  }
}

/** A refusal of one uploaded field, with its path, as the forms show it. */
export function fieldRefusal(path: (string | number)[], code: string, text: LocalizedText): ExportRefusal {
  return new ExportRefusal('validation', text, [{ path, code, message: text }]);
}
