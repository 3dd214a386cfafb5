import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/core/integration-services.ts
var ALIASES = [
  ["backup", ["VSS", "Backup (volume shadow copy)", "Backup (volume snapshot)", "5CED1297-4598-4915-A5FC-AD21BB4D02A4"]],
  ["heartbeat", ["Heartbeat", "84EAAE65-2F2E-45F5-9BB5-0E857DC8EB47"]],
  ["shutdown", ["Shutdown", "Operating system shutdown", "9F8233AC-BE49-4C79-8EE3-E7E1985B2077"]],
  ["time-synchronization", ["Time Synchronization", "2497F4DE-E9FA-4204-80E4-4B75C46419C0"]],
  ["key-value-pair-exchange", ["Key-Value Pair Exchange", "Data Exchange", "2A34B1C2-FD73-4043-8A5B-DD2159BC743F"]],
  ["guest-service-interface", ["Guest Service Interface", "Guest services", "6C09BB55-D683-4DA0-8931-C9BF705F6480"]]
];
var BY_KEY = /* @__PURE__ */ new Map();
for (const [id, names] of ALIASES) for (const name of names) BY_KEY.set(normalizeKey(name), id);
function identifyService(key) {
  return BY_KEY.get(normalizeKey(key));
}
function normalizeKey(key) {
  const withoutPrefix = key.includes("\\") ? key.slice(key.lastIndexOf("\\") + 1) : key;
  return withoutPrefix.trim().replace(/^\{(.*)\}$/, "$1").replace(/\s+/g, " ").toLowerCase();
}

export {
  identifyService
};
