/**
 * Subjects narrow a finding inside its resource and are part of its fingerprint. One spelling per
 * kind, shared by policies, parsers (exception `disk:` fields) and reporters.
 */
export const subject = {
  disk: (name: string) => `disk:${name}`,
  volume: (name: string) => `volume:${name}`,
  iscsiTarget: (name: string) => `iscsi:${name}`,
  fibreChannelAdapter: (name: string) => `fc:${name}`,
  job: (name: string) => `job:${name}`,
  jobMember: (job: string, member: string) => `job:${job}:member:${member}`,
  integrationService: (key: string) => `service:${key}`,
} as const;

/** The finding subjects an exception's `disk` (a disk, iSCSI target or Fibre Channel adapter) or `volume` names: exactly these. */
export function exceptionSubjects(kind: 'disk' | 'volume', name: string): string[] {
  return kind === 'volume' ? [subject.volume(name)] : [subject.disk(name), subject.iscsiTarget(name), subject.fibreChannelAdapter(name)];
}
