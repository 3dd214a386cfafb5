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
