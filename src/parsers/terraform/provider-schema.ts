/**
 * The schema of the `taliesins/hyperv` resources the gate reads (provider 1.x, SDKv2): each attribute's
 * type, default, whether a new value replaces the resource, and whether a backup policy reads it.
 * Plan JSON and state values are type-checked against it; the plan diff uses the defaults and the
 * replace marks. Attributes it does not list (other provider versions) are read as they come.
 */
import type { Scalar } from './draft.js';

export type AttributeType =
  | { readonly kind: 'string' | 'number' | 'bool' }
  | { readonly kind: 'map'; readonly of: 'bool' | 'string' }
  | { readonly kind: 'list'; readonly of: 'string' }
  | { readonly kind: 'blocks'; readonly block: BlockSchema };

export interface AttributeSchema {
  readonly type: AttributeType;
  /** The provider's default when the configuration omits it. */
  readonly default?: Scalar;
  /** ForceNew: a new value destroys and re-creates the resource. */
  readonly forcesReplacement?: true;
  /** A backup policy reads it. */
  readonly backupRelevant?: true;
}

export type BlockSchema = Readonly<Record<string, AttributeSchema>>;

const string = (extra: Omit<AttributeSchema, 'type'> = {}): AttributeSchema => ({ type: { kind: 'string' }, ...extra });
const number = (extra: Omit<AttributeSchema, 'type'> = {}): AttributeSchema => ({ type: { kind: 'number' }, ...extra });
const bool = (extra: Omit<AttributeSchema, 'type'> = {}): AttributeSchema => ({ type: { kind: 'bool' }, ...extra });
const blocks = (block: BlockSchema, extra: Omit<AttributeSchema, 'type'> = {}): AttributeSchema => ({ type: { kind: 'blocks', block }, ...extra });
const strings: AttributeSchema = { type: { kind: 'list', of: 'string' } };

const HYPERV_FOLDER = 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V';
const backup = { backupRelevant: true } as const;

const HARD_DISK_DRIVE: BlockSchema = {
  controller_type: string({ default: 'Scsi', ...backup }),
  controller_number: number(backup),
  controller_location: number(backup),
  path: string({ default: '', ...backup }),
  disk_number: number({ default: 4294967295, ...backup }),
  resource_pool_name: string({ default: 'Primordial' }),
  support_persistent_reservations: bool({ default: false, ...backup }),
  maximum_iops: number({ default: 0 }),
  minimum_iops: number({ default: 0 }),
  qos_policy_id: string({ default: '00000000-0000-0000-0000-000000000000' }),
  override_cache_attributes: string({ default: 'Default' }),
};

const DVD_DRIVE: BlockSchema = {
  controller_number: number(),
  controller_location: number(),
  path: string({ default: '' }),
  resource_pool_name: string({ default: '' }),
};

const NETWORK_ADAPTOR: BlockSchema = {
  name: string(),
  switch_name: string({ default: '' }),
  management_os: bool({ default: false }),
  is_legacy: bool({ default: false, forcesReplacement: true }),
  dynamic_mac_address: bool({ default: true }),
  static_mac_address: string(),
  mac_address_spoofing: string(),
  dhcp_guard: string(),
  router_guard: string(),
  port_mirroring: string(),
  ieee_priority_tag: string(),
  vmq_weight: number(),
  iov_queue_pairs_requested: number(),
  iov_interrupt_moderation: string(),
  iov_weight: number(),
  ipsec_offload_maximum_security_association: number(),
  maximum_bandwidth: number(),
  minimum_bandwidth_absolute: number(),
  minimum_bandwidth_weight: number(),
  mandatory_feature_id: strings,
  resource_pool_name: string(),
  test_replica_pool_name: string(),
  test_replica_switch_name: string(),
  virtual_subnet_id: number(),
  allow_teaming: string(),
  not_monitored_in_cluster: bool(),
  storm_limit: number(),
  dynamic_ip_address_limit: number(),
  device_naming: string(),
  fix_speed_10g: string(),
  packet_direct_num_procs: number(),
  packet_direct_moderation_count: number(),
  packet_direct_moderation_interval: number(),
  vrss_enabled: bool(),
  vmmq_enabled: bool(),
  vmmq_queue_pairs: number(),
  vlan_access: bool(),
  vlan_id: number(),
  wait_for_ips: bool(),
  ip_addresses: strings,
};

const BOOT_ORDER: BlockSchema = {
  boot_type: string(),
  network_adapter_name: string(),
  switch_name: string(),
  mac_address: string(),
  path: string(),
  controller_number: number(),
  controller_location: number(),
};

const VM_FIRMWARE: BlockSchema = {
  enable_secure_boot: string(),
  secure_boot_template: string(),
  preferred_network_boot_protocol: string(),
  console_mode: string(),
  pause_after_boot_failure: string(),
  boot_order: blocks(BOOT_ORDER),
};

const VM_PROCESSOR: BlockSchema = {
  compatibility_for_migration_enabled: bool({ default: false }),
  compatibility_for_older_operating_systems_enabled: bool({ default: false }),
  hw_thread_count_per_core: number({ default: 0 }),
  maximum: number({ default: 100 }),
  reserve: number({ default: 0 }),
  relative_weight: number({ default: 100 }),
  maximum_count_per_numa_node: number(),
  maximum_count_per_numa_socket: number(),
  enable_host_resource_protection: bool({ default: false }),
  expose_virtualization_extensions: bool({ default: false }),
};

const TIMEOUTS: BlockSchema = { create: string(), read: string(), update: string(), delete: string() };

export const MACHINE_INSTANCE_SCHEMA: BlockSchema = {
  id: string(),
  name: string(backup),
  path: string({ forcesReplacement: true, ...backup }),
  generation: number({ default: 2, forcesReplacement: true, ...backup }),
  automatic_critical_error_action: string({ default: 'Pause' }),
  automatic_critical_error_action_timeout: number({ default: 30 }),
  automatic_start_action: string({ default: 'StartIfRunning' }),
  automatic_start_delay: number({ default: 0 }),
  automatic_stop_action: string({ default: 'Save' }),
  checkpoint_type: string({ default: 'Production', ...backup }),
  dynamic_memory: bool({ default: false }),
  static_memory: bool({ default: false }),
  guest_controlled_cache_types: bool({ default: false }),
  high_memory_mapped_io_space: number({ default: 536870912 }),
  low_memory_mapped_io_space: number({ default: 134217728 }),
  lock_on_disconnect: string({ default: 'Off' }),
  memory_maximum_bytes: number({ default: 1099511627776 }),
  memory_minimum_bytes: number({ default: 536870912 }),
  memory_startup_bytes: number({ default: 536870912 }),
  notes: string({ default: '' }),
  processor_count: number({ default: 1 }),
  smart_paging_file_path: string({ default: HYPERV_FOLDER }),
  snapshot_file_location: string({ default: HYPERV_FOLDER, ...backup }),
  integration_services: { type: { kind: 'map', of: 'bool' }, ...backup },
  state: string({ default: 'Running', ...backup }),
  wait_for_state_timeout: number({ default: 120 }),
  wait_for_state_poll_period: number({ default: 2 }),
  wait_for_ips_timeout: number({ default: 300 }),
  wait_for_ips_poll_period: number({ default: 5 }),
  vm_processor: blocks(VM_PROCESSOR),
  vm_firmware: blocks(VM_FIRMWARE),
  network_adaptors: blocks(NETWORK_ADAPTOR),
  dvd_drives: blocks(DVD_DRIVE),
  hard_disk_drives: blocks(HARD_DISK_DRIVE, backup),
  timeouts: blocks(TIMEOUTS),
};

export const VHD_SCHEMA: BlockSchema = {
  id: string(),
  path: string({ forcesReplacement: true, ...backup }),
  source: string({ forcesReplacement: true }),
  source_vm: string({ forcesReplacement: true }),
  source_disk: number({ forcesReplacement: true }),
  vhd_type: string({ default: 'Dynamic', forcesReplacement: true, ...backup }),
  parent_path: string({ forcesReplacement: true, ...backup }),
  size: number(),
  block_size: number({ forcesReplacement: true }),
  logical_sector_size: number({ forcesReplacement: true }),
  physical_sector_size: number({ forcesReplacement: true }),
  exists: bool(),
};

/**
 * The schema of the attribute `name` (written by a plan, a state or a `.tf` file), by the schema's own
 * names only: `constructor` or `__proto__` is an attribute it does not list, not a member every object has.
 */
export function attributeSchema(schema: BlockSchema, name: string): AttributeSchema | undefined {
  return Object.hasOwn(schema, name) ? schema[name] : undefined;
}

/** What a JSON value of this type looks like, in words for messages. */
export function describeType(type: AttributeType): string {
  switch (type.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'bool':
      return 'true or false';
    case 'map':
      return `an object of ${type.of === 'bool' ? 'true/false values' : 'strings'}`;
    case 'list':
      return 'a list of strings';
    case 'blocks':
      return 'a list of objects';
  }
}
