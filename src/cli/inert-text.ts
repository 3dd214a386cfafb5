/** Text the command line writes that repeats untrusted values (paths, names, refs, reasons) from definitions or arguments. */
import { clean, inertLog } from '../reporters/escape/terminal.js';

/**
 * Every line cleaned of control characters, and no line readable as a workflow command; the line
 * breaks the text itself has are kept.
 */
export function inertText(text: string): string {
  return inertLog(text.split('\n').map(clean).join('\n'));
}
