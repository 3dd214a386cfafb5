/** The verdict as step outputs, the same whether the Action judged the change or posted a report of it. */
import * as core from '@actions/core';
import type { Verdict } from '../core/gate.js';

export function setVerdictOutputs(verdict: Verdict): void {
  core.setOutput('verdict', verdict.passed ? 'passed' : 'blocked');
  core.setOutput('blocking', String(verdict.blocking));
  core.setOutput('warnings', String(verdict.warnings));
}
