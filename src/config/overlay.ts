/**
 * Overlays: facts a format cannot express (Terraform says nothing about the guest, jobs or hosts),
 * declared in `.hvgate.yml` and added to every VM they match by name or resource address; and the
 * configuration's own exceptions, added to the estate.
 */
import { compileGlob, type Glob } from '../core/glob.js';
import type { Diagnostic, Estate, PolicyException, VirtualMachine } from '../core/model.js';
import type { SourceSpan, Value } from '../core/source.js';
import { checkGuestReferences, type GuestSection } from '../parsers/hvgate/build.js';

export interface Overlay {
  readonly at: SourceSpan;
  readonly match: { readonly name?: string; readonly address?: string };
  readonly host?: Value<string>;
  readonly configurationVersion?: Value<string>;
  readonly labels?: Readonly<Record<string, string>>;
  readonly section: GuestSection;
}

/** The estate as the configuration completes it: its overlays applied, its own exceptions added. */
export function applyConfig(estate: Estate, config: { readonly overlays: readonly Overlay[]; readonly exceptions: readonly PolicyException[] }): Estate {
  const overlaid = applyOverlays(estate, config.overlays);
  return config.exceptions.length === 0 ? overlaid : { ...overlaid, exceptions: [...overlaid.exceptions, ...config.exceptions] };
}

/** Applies overlays in order (a later one wins field by field). Linear in VMs × overlays. */
export function applyOverlays(estate: Estate, overlays: readonly Overlay[]): Estate {
  if (overlays.length === 0) return estate;
  const matchers = overlays.map((overlay) => {
    const byName = overlayGlob(overlay.match.name);
    const byAddress = overlayGlob(overlay.match.address);
    return (vm: VirtualMachine) => (!byName || byName(vm.name)) && (!byAddress || byAddress(vm.address));
  });
  const diagnostics: Diagnostic[] = [];
  const used = overlays.map(() => false);
  const vms = estate.vms.map((vm) => {
    let result = vm;
    overlays.forEach((overlay, index) => {
      if (!matchers[index]?.(vm)) return;
      used[index] = true;
      result = overlayVm(result, overlay);
      diagnostics.push(...checkGuestReferences(vm.name, result.disks, overlay.section));
    });
    return result;
  });
  overlays.forEach((overlay, index) => {
    if (used[index]) return;
    // A typo in a match would silently drop the facts it declares; say so instead.
    diagnostics.push({
      at: overlay.at,
      code: `overlay-unmatched:${index}`,
      message: `overlay ${describeMatch(overlay)} matches no VM, so the facts it declares apply to nothing`,
      fix: 'Correct the name or address pattern, or remove the overlay.',
    });
  });
  return { ...estate, vms, diagnostics: [...estate.diagnostics, ...diagnostics] };
}

/** Overlay patterns are checked when the configuration is read, so one that is refused here matches nothing. */
function overlayGlob(pattern: string | undefined): Glob | undefined {
  if (pattern === undefined) return undefined;
  const compiled = compileGlob(pattern);
  return 'glob' in compiled ? compiled.glob : () => false;
}

function overlayVm(vm: VirtualMachine, overlay: Overlay): VirtualMachine {
  const { section } = overlay;
  return {
    ...vm,
    ...(overlay.host ? { host: overlay.host } : {}),
    ...(overlay.configurationVersion ? { configurationVersion: overlay.configurationVersion } : {}),
    labels: { ...vm.labels, ...overlay.labels },
    ...(section.guest ? { guest: section.guest } : {}),
    ...(section.protection ? { protection: section.protection } : {}),
    ...(section.guestCoverage ? { guestCoverage: section.guestCoverage } : {}),
    exceptions: [...vm.exceptions, ...section.exceptions.map((exception) => ({ ...exception, vm: vm.name }))],
  };
}

function describeMatch(overlay: Overlay): string {
  return [overlay.match.name && `name "${overlay.match.name}"`, overlay.match.address && `address "${overlay.match.address}"`].filter(Boolean).join(' and ');
}
