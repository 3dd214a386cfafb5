/** The text of the starter `.hvgate.yml` that `hvgate init` writes: every setting, each with a comment. Pure. */
import configSchema from '../../schema/hvgate-config.schema.json' with { type: 'json' };

export interface StarterChoices {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly scope?: string;
  readonly windowsServer?: string;
  readonly configurationVersion?: string;
  readonly unknown?: string;
}

/** A YAML scalar that reads back as exactly this string, whatever it holds (JSON strings are YAML double-quoted scalars). */
const quoted = (value: string): string => JSON.stringify(value);
const list = (values: readonly string[]): string => `[${values.map(quoted).join(', ')}]`;
/** A line that is a setting when chosen, and the commented default otherwise. */
const setting = (chosen: boolean, line: string): string => (chosen ? line : `# ${line}`);

export function starterConfig(choices: StarterChoices): string {
  const host = choices.windowsServer !== undefined || choices.configurationVersion !== undefined;
  const hostFacts = [
    choices.windowsServer !== undefined ? `windowsServer: ${quoted(choices.windowsServer)}` : '',
    choices.configurationVersion !== undefined ? `configurationVersion: ${quoted(choices.configurationVersion)}` : '',
  ].filter((fact) => fact !== '');
  return `# yaml-language-server: $schema=${configSchema.$id}
# hvgate configuration. 'hvgate check' finds it from the current folder up to the repository root.
# In pull requests, run 'hvgate plan --config-ref base' so that the target branch's copy of this file
# governs, and a change cannot relax its own gate.

# Files to evaluate, as globs relative to this file. Default: every YAML, JSON, .tf and .tfvars file.
${setting(choices.include.length > 0, `include: ${choices.include.length > 0 ? list(choices.include) : '["**/*.yaml", "**/*.tf"]'}`)}
# Files to leave out.
${setting(choices.exclude.length > 0, `exclude: ${choices.exclude.length > 0 ? list(choices.exclude) : '["archive/**"]'}`)}

# Host facts assumed for VMs that name no HostProfile (the host generation decides how backups behave).
${setting(host, `hostDefaults: { ${host ? hostFacts.join(', ') : 'windowsServer: "2019", configurationVersion: "9.0"'} }`)}

# introduced: only findings a change introduces block it (pre-existing ones are shown); all: every error blocks.
${setting(choices.scope !== undefined, `scope: ${choices.scope ?? 'introduced'}`)}
# Values unknown until apply (Terraform): note, or fail to make each one an HVB000 error.
${setting(choices.unknown !== undefined, `unknown: ${choices.unknown ?? 'note'}`)}

# Per policy, by id or name ('hvgate policies' lists them, 'hvgate explain HVB003' explains one):
# level error, warning, note or off; enforcement advisory, soft-mandatory or hard-mandatory.
# policies:
#   HVB003: { level: error, enforcement: hard-mandatory }

# Exceptions need a reason, an owner and an expiry date at most 90 days away.
# exceptions:
#   entries:
#     - { policy: HVB010, vm: lab-01, reason: "Rebuilt from code, never restored", owner: lab-team, expires: 2027-01-31 }

# Facts Terraform cannot state (guest volumes, in-guest iSCSI, host, backup job labels), by VM name or address.
# overlays:
#   - match: { address: "module.sql.hyperv_machine_instance.this[*]" }
#     host: hv-legacy
#     labels: { backup: nightly }
`;
}
