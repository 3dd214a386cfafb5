import { describe, expect, it } from 'vitest';
import { isTerraformPlanJson } from '../../../src/parsers/terraform/index.js';
import { fixture } from './helpers.js';

describe('isTerraformPlanJson', () => {
  it('recognises plan output, pretty or compact, with a byte order mark', () => {
    expect(isTerraformPlanJson(fixture('plan/update-vss.json').text)).toBe(true);
    expect(isTerraformPlanJson('{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{}}')).toBe(true);
    expect(isTerraformPlanJson('\uFEFF {"format_version":"1.2","resource_changes":[]}')).toBe(true);
  });

  it('lets through what the plan reader explains better (state, format 2.0, truncated plan)', () => {
    expect(isTerraformPlanJson(fixture('plan/state.json').text)).toBe(true);
    expect(isTerraformPlanJson(fixture('plan/format-2.json').text)).toBe(true);
    expect(isTerraformPlanJson(fixture('plan/truncated.json').text)).toBe(true);
  });

  it('rejects other JSON', () => {
    expect(isTerraformPlanJson(fixture('plan/pulumi-preview.json').text)).toBe(false);
    expect(isTerraformPlanJson('{"apiVersion":"hvgate/v1","kind":"VirtualMachine"}')).toBe(false);
    expect(isTerraformPlanJson('[{"format_version":"1.2","resource_changes":[]}]')).toBe(false);
    expect(isTerraformPlanJson('{"name":"x","version":"1.0.0","terraform_version":"1"}')).toBe(false);
    expect(isTerraformPlanJson('')).toBe(false);
  });
});
