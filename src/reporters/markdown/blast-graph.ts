/**
 * A failing backup job drawn as a Mermaid flowchart, which GitHub renders in comments and job
 * summaries: the VMs that make the job fail and why (or the names it lists that no definition
 * provides) point at the job, and the job points at every other member, which loses its backup too.
 * Node ids are generated, never taken from a name; every label goes through `mermaidLabel`.
 */
import type { JobResult } from '../../core/policy.js';
import { count } from '../report.js';
import { mermaidLabel } from '../escape/mermaid.js';

/** A job with more members than this is listed in the table only: a diagram that large is no longer read at a glance. */
export const GRAPH_MEMBER_LIMIT = 30;

/** Why a failing VM fails, in a few words (`HVB012 scsi-controller-required`); absent when unknown. */
export type CauseOf = (vm: string) => string | undefined;

/** The diagram as a fenced ```` ```mermaid ```` block, or `undefined` when the job is too large to draw. */
export function blastGraph(result: JobResult, index: number, causeOf: CauseOf): string[] | undefined {
  if (result.members.length + result.missing.length > GRAPH_MEMBER_LIMIT) return undefined;
  const id = `j${index}`;
  const failing = new Set(result.failing);
  const lost = result.members.filter((name) => !failing.has(name));
  const lines = [
    '```mermaid',
    'flowchart LR',
    `  ${id}{{"${mermaidLabel(`backup job ${result.job.name} fails`)}"}}`,
    ...result.failing.map((name, i) => {
      const cause = causeOf(name);
      return `  ${id}f${i}["${mermaidLabel(name)}${cause !== undefined ? `#58; ${mermaidLabel(cause)}` : ''}"] -->|cannot be snapshotted| ${id}`;
    }),
    ...result.missing.map((m, i) => `  ${id}x${i}["${mermaidLabel(m.name)}#58; not defined"] -.->|listed| ${id}`),
    ...lost.map((name, i) => `  ${id} -->|no backup| ${id}m${i}["${mermaidLabel(name)}"]`),
    '  classDef cause fill:#fde2e1,stroke:#c62828,color:#000',
    '  classDef lost fill:#fff4ce,stroke:#b7791f,color:#000',
    '  classDef job fill:#eeeeee,stroke:#333333,color:#000',
    `  class ${id} job`,
  ];
  const causes = [...result.failing.map((_, i) => `${id}f${i}`), ...result.missing.map((_, i) => `${id}x${i}`)];
  if (causes.length > 0) lines.push(`  class ${causes.join(',')} cause`);
  if (lost.length > 0) lines.push(`  class ${lost.map((_, i) => `${id}m${i}`).join(',')} lost`);
  lines.push('```');
  return lines;
}

/** The sentence under a diagram, which also serves readers whose viewer does not render Mermaid. */
export function graphCaption(result: JobResult): string {
  const causes = [
    result.failing.length > 0 ? `${count(result.failing.length, 'member cannot', 'members cannot')} be snapshotted` : '',
    result.missing.length > 0 ? `${count(result.missing.length, 'listed VM is', 'listed VMs are')} not defined` : '',
  ].filter(Boolean);
  const members = result.members.length;
  const lost = members === 1 ? 'its only member loses its backup' : `all ${members} members lose their backup`;
  return `${causes.length > 0 ? causes.join(' and ') : 'The job fails'}, so ${lost}.`;
}
