import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/parsers/terraform/files.ts
var EXTENSIONS = [
  [".tofu.json", { role: "configuration", syntax: "json", tofu: true }],
  [".tf.json", { role: "configuration", syntax: "json", tofu: false }],
  [".tfvars.json", { role: "variables", syntax: "json", tofu: false }],
  [".tofu", { role: "configuration", syntax: "hcl", tofu: true }],
  [".tf", { role: "configuration", syntax: "hcl", tofu: false }],
  [".tfvars", { role: "variables", syntax: "hcl", tofu: false }]
];
function terraformFileKind(path) {
  const name = baseName(path);
  for (const [extension, kind] of EXTENSIONS) {
    if (!name.endsWith(extension)) continue;
    const stem = name.slice(0, name.length - extension.length);
    return { ...kind, override: kind.role === "configuration" && (stem === "override" || stem.endsWith("_override")) };
  }
  return void 0;
}
function terraformStem(path) {
  const name = baseName(path);
  for (const [extension] of EXTENSIONS) if (name.endsWith(extension)) return name.slice(0, name.length - extension.length);
  return name;
}
function automaticVariablesRank(path) {
  const name = baseName(path);
  if (name === "terraform.tfvars") return "0";
  if (name === "terraform.tfvars.json") return "1";
  if (name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json")) return `2${name}`;
  return void 0;
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

export {
  terraformFileKind,
  terraformStem,
  automaticVariablesRank
};
