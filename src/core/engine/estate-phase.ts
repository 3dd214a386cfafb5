/** The estate phase: policies that need every VM's outcome and every job's fate (duplicates, blast radius, missing members). */
import type { Finding } from '../finding.js';
import type { Estate } from '../model.js';
import type { JobResult, VmResult } from '../policy.js';
import type { FindingFactory } from './finding-factory.js';
import type { ResolvedPack } from './pack.js';
import type { Waivers } from './waivers.js';

export function runEstatePhase(
  estate: Estate,
  pack: ResolvedPack,
  vms: readonly VmResult[],
  jobs: readonly JobResult[],
  make: FindingFactory,
  waivers: Waivers,
): Finding[] {
  const findings: Finding[] = [];
  for (const configured of pack.active) {
    const waivable = configured.policy.waivable !== false;
    configured.policy.checkEstate?.({
      estate,
      options: configured.options,
      vms,
      jobs,
      report: (report) => {
        const finding = make.fromEstateReport(configured, report);
        findings.push(waivable ? waivers.apply(finding) : finding);
      },
    });
  }
  return findings;
}
