/** Terraform input for the `taliesins/hyperv` provider: plan JSON, state and `.tf` configuration. */
export { terraformJsonKind, type TerraformJsonKind } from './recognize.js';
export { parseTerraformPlan, planActionOf, type TerraformAction, type ResourceChange, type TerraformPlan } from './plan.js';
export { parseTerraformState, type TerraformState } from './state.js';
export { parseTerraformConfiguration, type DirectoryListing, type SourceFile, type TerraformDirectoryReader } from './configuration.js';
export { automaticVariablesRank, terraformFileKind, type TerraformFileKind } from './files.js';
export { readTerraform, type BeforeState, type GivenPlan, type TerraformFiles } from './plan-roots.js';
export { setTreeSitterWasmDir, RUNTIME_WASM, GRAMMAR_WASM } from './wasm.js';
