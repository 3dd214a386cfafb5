/**
 * Pack-wide checks on every policy folder: ids, names, folders, docs and message templates agree, so
 * a policy cannot ship half-registered, undocumented or with a message it cannot fill.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { validateException } from '../../src/core/exceptions.js';
import { LEVELS } from '../../src/core/finding.js';
import { fileStart } from '../../src/core/source.js';
import { policyFinder, type AnyPolicy } from '../../src/core/policy.js';
import { policies } from '../../policies/index.js';

const POLICIES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'policies');
const EXPECTED_IDS = Array.from({ length: 17 }, (_, i) => `HVB${String(i).padStart(3, '0')}`);
const EFFECTS = ['none', 'offline', 'degraded', 'incomplete', 'unprotected', 'fails'];
/** `##` sections of a policy README, in order; the second may name the host generation. */
const SECTIONS = ['Why', /^Consequence( by host generation)?$/, 'How to fix', 'Examples', 'Exceptions', 'References'] as const;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

const folders = readdirSync(POLICIES_DIR).filter((entry) => statSync(join(POLICIES_DIR, entry)).isDirectory());
const folderOf = (policy: AnyPolicy) => `${policy.id}-${policy.name}`;

describe('the policy pack', () => {
  test('lists HVB000 to HVB016, in id order', () => {
    expect(policies.map((policy) => policy.id)).toEqual(EXPECTED_IDS);
  });

  test('has unique ids and names', () => {
    expect(new Set(policies.map((policy) => policy.id)).size).toBe(policies.length);
    expect(new Set(policies.map((policy) => policy.name)).size).toBe(policies.length);
  });

  test('marks the policies that rest on facts the domain calls unverified', () => {
    // docs/domain.md §4: which guest volumes count for HVB005 (unmounted EFI/recovery partitions) is unverified.
    expect(policies.filter((policy) => policy.unverified).map((policy) => policy.id)).toContain('HVB005');
  });

  test('registers every policy folder', () => {
    expect(folders.sort()).toEqual(policies.map(folderOf).sort());
  });
});

describe.each(policies.map((policy) => [folderOf(policy), policy] as const))('%s', (folder, policy) => {
  const dir = join(POLICIES_DIR, folder);
  const readme = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
  const source = existsSync(join(dir, 'index.ts')) ? readFileSync(join(dir, 'index.ts'), 'utf8') : '';

  test('id and name match the folder, and the folder is the one index.ts imports', async () => {
    expect(policy.id).toMatch(/^HVB\d{3}$/);
    expect(policy.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(folders).toContain(folder);
    const module = (await import(/* @vite-ignore */ join(dir, 'index.ts'))) as { default: AnyPolicy };
    expect(module.default).toBe(policy);
  });

  test('docsUrl points at the folder README', () => {
    expect(policy.docsUrl.endsWith(`/policies/${folder}/README.md`)).toBe(true);
  });

  test('has README.md and a table-driven index.test.ts', () => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    const testFile = join(dir, 'index.test.ts');
    expect(existsSync(testFile)).toBe(true);
    expect(readFileSync(testFile, 'utf8')).toContain('policyCases(');
  });

  test('metadata is complete', () => {
    expect(LEVELS).toContain(policy.defaultLevel);
    expect(EFFECTS).toContain(policy.effect);
    if (policy.principle !== undefined) expect([1, 2, 3, 4]).toContain(policy.principle);
    expect(typeof policy.defaultOptions).toBe('object');
    expect(policy.defaultOptions).not.toBeNull();
    expect(Boolean(policy.checkVm ?? policy.checkEstate ?? policy.checkExceptions)).toBe(true);
    // What a policy about exceptions reports is never waived, so its metadata must say so.
    if (policy.checkExceptions) expect(policy.waivable).toBe(false);
  });

  test('description is one imperative sentence', () => {
    const description = policy.description;
    expect(description).toMatch(/^[A-Z][^\n]*\.$/);
    // One sentence: no full stop followed by another sentence.
    expect(description.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
    // Imperative ("Require …"), not a third-person statement ("Requires …", "Checks …").
    expect(description.split(' ')[0]).not.toMatch(/s$/);
  });

  test('messages and fix are non-empty templates with well-formed placeholders', () => {
    const templates = templatesOf(policy);
    expect(Object.keys(policy.messages).length).toBeGreaterThan(0);
    for (const template of templates) {
      expect(template.trim()).not.toBe('');
      expect(template.replace(PLACEHOLDER, '')).not.toMatch(/\{\{|\}\}/);
    }
  });

  test('every placeholder is one the engine or the policy fills', () => {
    // The engine adds vm, host and consequence to VM findings, and vm to estate findings about a VM;
    // anything else must be a key the policy's own code passes in `data`.
    const automatic = policy.checkVm ? ['vm', 'address', 'host', 'consequence'] : ['vm'];
    const code = source.replace(/\{\{\s*\w+\s*\}\}/g, '');
    const templates = templatesOf(policy);
    const placeholders = new Set(templates.flatMap((template) => [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!)));
    for (const name of placeholders) {
      if (automatic.includes(name)) continue;
      expect(code, `{{${name}}} is never given a value in ${folder}/index.ts`).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  test('every message about a VM states the host generation it assumed, or that the consequence holds on every one', () => {
    // A reviewer's first question of a backup finding is "on which host?" (docs/domain.md §2). The
    // exceptions are about a definition, not a backup: a name defined twice, a host profile that is missing.
    const aboutTheDefinition: Readonly<Record<string, readonly string[]>> = {
      HVB000: ['invalidDefinition', 'duplicateVm', 'duplicateJob', 'duplicateHost', 'unknownHostProfile'],
    };
    const exempt = aboutTheDefinition[policy.id] ?? [];
    const own = Object.entries(policy.messages as Record<string, string>);
    const terraform = Object.entries((policy.terraform?.messages ?? {}) as Record<string, string>);
    const vmMessages = [...own, ...terraform].filter(([id, template]) => !exempt.includes(id) && /\{\{\s*(vm|address|member)\s*\}\}/.test(template));
    if (policy.id === 'HVB016') expect(vmMessages, 'HVB016 is about exceptions and names no VM').toEqual([]);
    for (const [id, template] of vmMessages) {
      expect(template, `${policy.id} ${id}`).toMatch(/\{\{\s*(host|consequence)\s*\}\}|on every host generation/);
    }
  });

  describe('README.md', () => {
    const lines = readme.split('\n');
    const outsideCode = withoutCodeBlocks(lines);

    test('starts with "# <id> <name>" and the description as its first paragraph', () => {
      expect(lines[0]).toBe(`# ${policy.id} ${policy.name}`);
      expect(lines[1]).toBe('');
      const paragraph: string[] = [];
      for (const line of lines.slice(2)) {
        if (line.trim() === '') break;
        paragraph.push(line.trim());
      }
      expect(paragraph.join(' ')).toBe(policy.description);
    });

    test('has the summary table with principle and default level', () => {
      const row = (label: string) => outsideCode.find((line) => line.startsWith(`| ${label} |`));
      const principle = row('Principle');
      expect(principle).toBeDefined();
      expect(principle!.slice('| Principle |'.length).trim()).toMatch(policy.principle === undefined ? /^—/ : new RegExp(`^${policy.principle} `));
      expect(row('Default level')).toBe(`| Default level | ${policy.defaultLevel} |`);
      expect(row('Outcome when it fires')).toBeDefined();
    });

    test('has the required sections in order', () => {
      const sections = outsideCode.filter((line) => line.startsWith('## ')).map((line) => line.slice(3).trim());
      expect(sections).toHaveLength(SECTIONS.length);
      sections.forEach((section, index) => {
        const expected = SECTIONS[index]!;
        if (typeof expected === 'string') expect(section).toBe(expected);
        else expect(section).toMatch(expected);
      });
      for (const section of sections) expect(sectionText(lines, section).trim(), `## ${section} is empty`).not.toBe('');
    });

    test('shows an incorrect and a correct example, each with code', () => {
      const examples = sectionText(lines, 'Examples').split('\n');
      const subheadings = withoutCodeBlocks(examples).filter((line) => line.startsWith('### '));
      expect(subheadings).toEqual(['### ❌ Incorrect', '### ✅ Correct']);
      const incorrect = examples.indexOf('### ❌ Incorrect');
      const correct = examples.indexOf('### ✅ Correct');
      expect(examples.slice(incorrect, correct).some((line) => line.startsWith('```'))).toBe(true);
      expect(examples.slice(correct).some((line) => line.startsWith('```'))).toBe(true);
    });

    if (policy.unverified) {
      test('says "unverified", since the policy rests on an unverified fact', () => {
        expect(readme.toLowerCase()).toContain('unverified');
      });
    }

    test('says plainly when the policy cannot be waived', () => {
      const problems = validateException(
        { policy: policy.id, vm: 'any', reason: 'r', owner: 'o', expires: '2999-12-31', at: fileStart('x') },
        { settings: DEFAULT_SETTINGS, findPolicy: policyFinder(policies), policyNames: [], today: '2026-01-01' },
      );
      const waivable = !problems.some((problem) => problem.kind === 'not-waivable');
      const text = sectionText(lines, 'Exceptions');
      if (!waivable) expect(text).toContain('cannot be waived');
      else expect(text).not.toContain(`${policy.id} cannot be waived`);
    });
  });
});

/** Every template of a policy: fix and messages, in the own format's words and in Terraform's. */
function templatesOf(policy: AnyPolicy): string[] {
  const terraform = policy.terraform as { fix?: string; messages?: Record<string, string> } | undefined;
  for (const id of Object.keys(terraform?.messages ?? {})) {
    if (!(id in policy.messages)) throw new Error(`${policy.id}: the Terraform wording has a message "${id}" the policy does not`);
  }
  return [
    policy.fix,
    ...Object.values(policy.messages as Record<string, string>),
    ...(terraform?.fix !== undefined ? [terraform.fix] : []),
    ...Object.values(terraform?.messages ?? {}),
  ];
}

/** Lines outside fenced code blocks (whose `#` lines are comments, not headings). */
function withoutCodeBlocks(lines: readonly string[]): string[] {
  let inCode = false;
  return lines.filter((line) => {
    if (line.startsWith('```')) {
      inCode = !inCode;
      return false;
    }
    return !inCode;
  });
}

/** The text of one `##` section, without its heading. */
function sectionText(lines: readonly string[], heading: string): string {
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) return '';
  let inCode = false;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('```')) inCode = !inCode;
    if (!inCode && line.startsWith('## ')) break;
    body.push(line);
  }
  return body.join('\n');
}
