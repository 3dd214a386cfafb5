/**
 * Escaping for annotations, as workflow commands (`::error file=…::message`) and as check-run
 * annotations. The toolkit and the API take care of the command syntax and JSON; what is left is
 * text GitHub shows as is, so control characters (an escape sequence, a carriage return that hides
 * what precedes it) and bidirectional controls are removed.
 */
import { INVISIBLE_LAYOUT } from './unicode.js';

/** A message: line breaks are kept (the toolkit encodes them), every other control character is removed. */
export function annotationMessage(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(INVISIBLE_LAYOUT, '')
  );
}

/** A title or a file path: one line, no control characters. */
export function annotationLine(text: string): string {
  return annotationMessage(text).replace(/\n/g, ' ');
}
