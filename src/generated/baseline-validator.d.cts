// The validator scripts/build-validators.mjs generates beside this file (git-ignored) from
// schema/hvgate-baseline.schema.json. Written by hand: its API.
import type { ValidateFunction } from 'ajv';

export declare const validateBaseline: ValidateFunction;
