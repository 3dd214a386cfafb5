/** Markdown reporter: golden job summaries and PR comment, the size budget, and escaping of untrusted names. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { decide } from '../../src/core/gate.js';
import type { Estate } from '../../src/core/model.js';
import { planChanges, planSide } from '../../src/core/plan.js';
import { markdownReporter, renderMarkdown, type Placement } from '../../src/reporters/markdown.js';
import { cutMarkdown, listShorterForm, measure } from '../../src/reporters/markdown/budget.js';
import type { GateReport } from '../../src/reporters/report.js';
import { largeReport } from '../support/large-report.js';
import { blockedEstate, blockedReport, buildReport, estate, fleetReport, PACK, passedReport, span, TODAY, TOOL, vm } from './fixture.js';

/** The blocked scenario as a plan: base → head, with an exception the change adds. */
function plannedReport(): GateReport {
  const base = blockedEstate(true);
  const plain = blockedEstate(false);
  const head: Estate = {
    ...plain,
    exceptions: [
      ...plain.exceptions,
      {
        policy: 'HVB003',
        vm: 'app-01',
        reason: 'Checkpoints move to D: with the Q3 rebuild',
        owner: 'platform',
        expires: '2025-08-29',
        at: span('defs/legacy.yaml', 30, 5, 20),
      },
    ],
  };
  const baseEvaluation = evaluate(base, PACK, DEFAULT_SETTINGS, { today: TODAY });
  const headEvaluation = evaluate(head, PACK, DEFAULT_SETTINGS, { today: TODAY });
  const planned = planChanges(planSide({ estate: base, evaluation: baseEvaluation }), planSide({ estate: head, evaluation: headEvaluation }));
  const resolved = new Set(planned.resolved);
  const gate = decide([...headEvaluation.findings, ...planned.resolved], DEFAULT_SETTINGS, {
    statusOf: (f) => (resolved.has(f) ? 'resolved' : planned.statusOf(f)),
  });
  return {
    tool: TOOL,
    evaluation: headEvaluation,
    findings: gate.findings,
    verdict: gate.verdict,
    policies: PACK,
    files: head.files,
    plan: {
      base: { ref: 'main', commit: '1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c' },
      head: { workingTree: true },
      configFrom: 'base',
      changes: planned.changes,
      summary: planned.summary,
      addedExceptions: planned.addedExceptions,
      removedExceptions: planned.removedExceptions,
    },
  };
}

const link = (at: { file: string; line: number }) =>
  `https://github.com/octo-org/estate/blob/0123456789abcdef0123456789abcdef01234567/${at.file.split('/').map(encodeURIComponent).join('/')}#L${at.line}`;

describe('markdown reporter: job summary', () => {
  it.each([
    ['blocked', blockedReport],
    ['passed', passedReport],
    ['fleet', () => fleetReport(60)],
    ['plan', plannedReport],
  ] as const)('matches the golden summary for the %s report', async (name, build) => {
    await expect(markdownReporter(build(), {})).toMatchFileSnapshot(`./__golden__/${name}.md`);
  });

  it('puts the verdict first', () => {
    expect(markdownReporter(blockedReport(), {}).split('\n')[0]).toBe(
      '## ❌ hvgate: blocked — 2 blocking, 4 non-blocking errors, 3 warnings, 2 notes (1 waived)',
    );
    expect(markdownReporter(passedReport(), {}).split('\n')[0]).toMatch(/^## ✅ hvgate: passed — 0 blocking/);
  });

  it('lists the plan: outcome transitions, attribute changes and exceptions added by the change', () => {
    const text = markdownReporter(plannedReport(), {});
    expect(text).toContain('### Exceptions added by this change (1)');
    expect(text).toContain('### Plan changes');
    expect(text).toContain('### Resolved by this change');
  });
});

describe('markdown reporter: pull-request comment', () => {
  it('matches the golden comment, with the marker, links and where each finding went', async () => {
    const report = plannedReport();
    const introduced = report.findings.filter((f) => f.status === 'introduced' && !f.exception);
    const placement = new Map<string, Placement>(introduced.map((f, i) => [f.fingerprint, i === 0 ? 'inline' : 'outside-diff']));
    const body = renderMarkdown(report, {
      marker: '<!-- hvgate:summary -->',
      link,
      placement,
      budget: { limit: 65_000, unit: 'characters' },
      fullReport: 'the job summary of this workflow run',
      view: 'comment',
      fullReportUrl: 'https://github.com/octo-org/estate/actions/runs/42',
    });
    await expect(body).toMatchFileSnapshot('./__golden__/comment.md');
    expect(body.startsWith('<!-- hvgate:summary -->\n## ❌ hvgate: blocked')).toBe(true);
    expect(sectionTitles(body)).toEqual([
      'What blocks the merge (2)',
      'Not on a changed line (1)',
      'Exceptions added by this change (1)',
      'Blast radius: 1 backup job fails',
    ]);
    expect(body).toContain('```mermaid');
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      '[The job summary of this workflow run](https://github.com/octo-org/estate/actions/runs/42) has the backup outcome of every VM the change touches, 10 findings, 2 waived, 1 resolved by this change and the plan.',
    );
  });

  it('the job summary keeps every section in reading order: verdict, what blocks, the blast radius, then the detail', () => {
    const titles = sectionTitles(renderMarkdown(plannedReport(), {}));
    expect(titles.slice(0, 4)).toEqual([
      'What blocks the merge (2)',
      'Exceptions added by this change (1)',
      'Blast radius: 1 backup job fails',
      'Backup outcomes (3 VMs touched by this change)',
    ]);
    expect(titles).toContain('Findings (10)');
    expect(titles).toContain('Plan changes');
  });

  it('folds what blocks past ten findings, so the sections after it stay in sight', () => {
    const text = renderMarkdown(fleetReportWithFindings(14), { view: 'comment' });
    const blocks = text.slice(text.indexOf('### What blocks'), text.indexOf('### ', text.indexOf('### What blocks') + 4));
    expect(blocks.match(/^- \*\*HVB007/gm)).toHaveLength(14);
    expect(blocks).toContain('<details><summary>4 more blocking findings</summary>');
    expect(blocks.indexOf('fleet-010')).toBeLessThan(blocks.indexOf('<details>'));
    expect(blocks.indexOf('fleet-011')).toBeGreaterThan(blocks.indexOf('<details>'));
  });
});

describe('markdown reporter: size budget', () => {
  const big = fleetReportWithFindings(400);

  it('stays within every budget, measured in characters or in UTF-8 bytes, and keeps the verdict on top', () => {
    const full = renderMarkdown(big, {});
    for (const unit of ['characters', 'bytes'] as const) {
      for (const limit of [600, 2_000, 5_000, 20_000, 60_000]) {
        const text = renderMarkdown(big, { budget: { limit, unit }, marker: '<!-- hvgate:summary -->' });
        expect(measure(text, unit), `${limit} ${unit}`).toBeLessThanOrEqual(limit);
        expect(text.split('\n')[1]).toBe(full.split('\n')[0]);
        expect(text).toMatch(/> Shortened to stay within GitHub's size limit.*\. The job summary has the full report\.\n$/);
      }
    }
  });

  it('drops detail sections before the list of what blocks, and names them', () => {
    const full = renderMarkdown(big, {});
    const sized = renderMarkdown(big, { budget: { limit: Math.floor(measure(full, 'characters') * 0.6), unit: 'characters' } });
    expect(sized).toContain('### What blocks the merge');
    expect(sized).not.toContain('### Findings (');
    expect(sized).toMatch(/left out [^.]*Findings/);
  });

  it('leaves text that fits untouched', () => {
    const full = renderMarkdown(blockedReport(), {});
    expect(renderMarkdown(blockedReport(), { budget: { limit: measure(full, 'bytes'), unit: 'bytes' } })).toBe(full);
  });

  it('closes a code fence and <details> blocks that a cut leaves open', () => {
    const text = ['# t', '<details><summary>s</summary>', '', '```', ...Array<string>(50).fill('line of code'), '```', '', '</details>', ''].join('\n');
    const cut = cutMarkdown(text, 200, 'characters');
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('```\n</details>\n')).toBe(true);
    expect(cut.match(/```/g)).toHaveLength(2);
  });
});

describe('markdown reporter: past the size limit', () => {
  // 40 VMs in one job, 30 of them failing: 60 blocking findings and a job that takes 40 members down.
  const report = largeReport({ vms: 40, failing: 30 });
  const options = { fullReport: 'the step log' };
  const full = renderMarkdown(report, options);

  it.each([
    ['whole', measure(full, 'characters')],
    ['just-under', measure(full, 'characters') - 1],
    ['8000', 8_000],
    ['3000', 3_000],
    ['1200', 1_200],
  ] as const)('keeps the verdict, then what blocks, then the blast radius summarised: %s', async (name, limit) => {
    const text = renderMarkdown(report, { ...options, budget: { limit, unit: 'characters' } });
    expect(measure(text, 'characters')).toBeLessThanOrEqual(limit);
    await expect(text).toMatchFileSnapshot(`./__golden__/budget-${name}.md`);
  });

  it('a shortened list says how many it left out; its briefest form keeps the first items it is told to', () => {
    const jobs = Array.from({ length: 30 }, (_, i) => `job-${i}`);
    const form = listShorterForm(
      '### Jobs',
      jobs,
      (name) => `- ${name}`,
      (hidden) => `- … and ${hidden} more`,
      10,
    );
    expect(form.brief).toBe(['### Jobs', ...jobs.slice(0, 10).map((name) => `- ${name}`), '- … and 20 more'].join('\n'));
    expect(form.within(0, 'characters')).toBe(form.brief);
    const roomy = form.within(form.brief.length + 20, 'characters');
    expect(roomy.length).toBeLessThanOrEqual(form.brief.length + 20);
    expect(roomy).toMatch(/- job-11\n- … and 18 more$/);
    expect(form.within(10_000, 'characters')).toBe(['### Jobs', ...jobs.map((name) => `- ${name}`)].join('\n'));
  });

  it('at 10,000 failing members a comment still has the counts, the first blocking findings and every failing job with its member count', () => {
    const huge = largeReport({ vms: 10_000, failing: 10_000 });
    const limit = 65_536;
    const text = renderMarkdown(huge, { budget: { limit, unit: 'characters' }, fullReport: 'the job summary of this workflow run', view: 'comment' });
    expect(text.length).toBeLessThanOrEqual(limit);
    expect(text.split('\n')[0]).toBe('## ❌ hvgate: blocked — 20000 blocking, 0 warnings, 0 notes');
    expect(text).toContain('### What blocks the merge (20000)');
    const shown = text.match(/^- \*\*HVB0(09|12)\*\*/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(20);
    expect(text).toContain(`- … and ${20_000 - shown} more: see the job summary of this workflow run`);
    expect(text).toContain('### Blast radius: 1 backup job fails');
    expect(text).toContain('- **all**: 10000 members lose their backup');
    expect(text).toMatch(/> Shortened to stay within GitHub's size limit: shortened What blocks the merge, Blast radius\./);
  });
});

describe('markdown reporter: untrusted names', () => {
  it('escapes HTML, fake markers, table pipes and mentions in VM names', () => {
    const name = 'evil|<!-- hvgate:summary -->@octo-org/admins';
    const report = buildReport({
      estate: estate({
        files: ['defs/x.yaml'],
        vms: [vm({ name, file: 'defs/x.yaml', line: 1, scsi: 0, host: undefined, passthrough: { name: 'p', number: 1 } })],
      }),
    });
    const text = renderMarkdown(report, {});
    expect(text).not.toContain('<!-- hvgate:summary -->');
    expect(text).not.toContain('@octo-org');
    expect(text).toContain('evil\\|\\<!-- hvgate:summary --\\>@&#8203;octo-org/admins');
  });
});

/** `size` VMs each with a pass-through disk: as many blocking findings, long lists in every section. */
function fleetReportWithFindings(size: number): GateReport {
  const file = 'defs/fleet.yaml';
  const vms = Array.from({ length: size }, (_, i) =>
    vm({ name: `fleet-${String(i + 1).padStart(3, '0')}`, file, line: (i + 1) * 20, checkpoint: 'D:\\VMs\\x', passthrough: { name: 'archive', number: 3 } }),
  );
  return buildReport({ estate: estate({ files: [file], vms }) });
}

function sectionTitles(markdown: string): string[] {
  return [...markdown.matchAll(/^### (.*)$/gm)].map((m) => m[1]!);
}
