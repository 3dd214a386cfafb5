// The validator scripts/build-validators.mjs generates beside this file (git-ignored) from
// schema/hvgate-plan.schema.json. Written by hand: its API.
import type { ValidateFunction } from 'ajv';

/** A saved plan (`hvgate plan --out`). */
export declare const validateSavedPlan: ValidateFunction;
