/**
 * Terminal presentation shared by the text reporters: optional ANSI colours and column widths that
 * hold for East Asian names. Escaping of untrusted text is in `../escape/terminal.ts`.
 */
import type { GatedFinding } from '../../core/gate.js';
import type { Outcome } from '../../core/outcome.js';

/** Terminal columns a string takes: wide East Asian characters take two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (/\p{Mn}|\p{Me}|\u200d/u.test(char)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export interface Palette {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
}

export const plain: Palette = { bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t, green: (t) => t, cyan: (t) => t };

const ansi: Palette = {
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  red: (t) => `\u001b[31m${t}\u001b[39m`,
  yellow: (t) => `\u001b[33m${t}\u001b[39m`,
  green: (t) => `\u001b[32m${t}\u001b[39m`,
  cyan: (t) => `\u001b[36m${t}\u001b[39m`,
};

export function palette(color: boolean): Palette {
  return color ? ansi : plain;
}

export function levelColour(level: GatedFinding['level'], style: Palette): (text: string) => string {
  return level === 'error' ? style.red : level === 'warning' ? style.yellow : style.cyan;
}

export function outcomeColour(outcome: Outcome, style: Palette): (text: string) => string {
  switch (outcome) {
    case 'fails':
    case 'unprotected':
    case 'incomplete':
      return style.red;
    case 'saved-state':
    case 'crash-consistent':
      return style.yellow;
    case 'online':
      return style.green;
    case 'offline':
      return (t) => t;
  }
}
