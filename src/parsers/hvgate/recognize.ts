/**
 * Recognises the project's own definitions by their `apiVersion: hvgate/…` marker, so that other
 * YAML and JSON in a repository (workflows, compose files, package manifests) is left alone.
 */

const YAML_MARKER = /^[ \t-]*["']?apiVersion["']?[ \t]*:[ \t]*["']?hvgate\//m;
const JSON_MARKER = /"apiVersion"\s*:\s*"hvgate\//;

export function looksLikeHvgateDefinition(text: string): boolean {
  return YAML_MARKER.test(text) || JSON_MARKER.test(text);
}
