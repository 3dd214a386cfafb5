/** The kinds of `hvgate/v1` document; a module of its own, so that recognizing a file loads no validator. */
export const KINDS = ['VirtualMachine', 'BackupJob', 'HostProfile'] as const;
export type Kind = (typeof KINDS)[number];
