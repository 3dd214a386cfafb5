/** Message templates: placeholders filled from the data, a missing value a bug that throws. */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/core/template.js';

describe('renderTemplate', () => {
  it('fills every placeholder, spaced or not, at the start, in the middle and at the end', () => {
    const template = '{{vm}} on {{ host }}: {{count}}';
    expect(renderTemplate(template, { vm: 'web-01', host: 'D:', count: 2 }, 'HVB001')).toBe('web-01 on D:: 2');
    // The same template again, with other data: nothing of the first filling stays.
    expect(renderTemplate(template, { vm: '$& {{x}}', host: '$1', count: 0 }, 'HVB001')).toBe('$& {{x}} on $1: 0');
    expect(renderTemplate('no placeholders', {}, 'HVB001')).toBe('no placeholders');
  });

  it('throws for a placeholder without a value, naming the policy and the placeholder', () => {
    expect(() => renderTemplate('Disk {{disk}} of {{vm}}', { disk: 'scsi0:1' }, 'HVB002')).toThrow('HVB002: message placeholder {{vm}} has no value');
  });
});
