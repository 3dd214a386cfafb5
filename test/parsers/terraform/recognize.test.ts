import { describe, expect, it } from 'vitest';
import { terraformJsonKind } from '../../../src/parsers/terraform/index.js';
import { fixture } from './helpers.js';

describe('terraformJsonKind', () => {
  it('recognises plan output, pretty or compact, with a byte order mark', () => {
    expect(terraformJsonKind(fixture('plan/update-vss.json').text)).toBe('plan');
    expect(terraformJsonKind('{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{}}')).toBe('plan');
    expect(terraformJsonKind('\uFEFF {"format_version":"1.2","resource_changes":[]}')).toBe('plan');
  });

  it('lets through what the plan reader explains better (format 2.0, truncated plan)', () => {
    expect(terraformJsonKind(fixture('plan/format-2.json').text)).toBe('plan');
    expect(terraformJsonKind(fixture('plan/truncated.json').text)).toBe('plan');
  });

  it('takes a plan without its format_version for a plan, so the plan reader reports it instead of it passing unread', () => {
    expect(terraformJsonKind('{"terraform_version":"1.9.0","resource_changes":[]}')).toBe('plan');
    expect(terraformJsonKind('{"planned_values":{}}')).toBe('plan');
  });

  it('recognises state: terraform show -json of a state, and terraform.tfstate', () => {
    expect(terraformJsonKind(fixture('plan/state.json').text)).toBe('state');
    expect(terraformJsonKind('{"version": 4, "terraform_version": "1.9.0", "serial": 3, "lineage": "x", "resources": []}')).toBe('state');
  });

  it('rejects other JSON', () => {
    expect(terraformJsonKind(fixture('plan/pulumi-preview.json').text)).toBeUndefined();
    expect(terraformJsonKind('{"apiVersion":"hvgate/v1","kind":"VirtualMachine"}')).toBeUndefined();
    expect(terraformJsonKind('[{"format_version":"1.2","resource_changes":[]}]')).toBeUndefined();
    expect(terraformJsonKind('{"name":"x","version":"1.0.0","terraform_version":"1"}')).toBeUndefined();
    expect(terraformJsonKind('')).toBeUndefined();
  });
});
