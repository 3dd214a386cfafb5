/**
 * sha256 of definition files' exact bytes, for saved plans. Files read whole are hashed from memory;
 * oversized ones (only their head was kept) are streamed from disk. Edge module.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { SourceFile } from './source-file.js';

export async function digestFiles(files: readonly SourceFile[], cwd: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const file of files) {
    digests.set(file.path, file.truncated ? await digestOnDisk(join(cwd, file.path), file.path) : sha256(file.bytes));
  }
  return digests;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function digestOnDisk(absolute: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(absolute)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', (error: NodeJS.ErrnoException) => {
        reject(new ConfigurationError(`${path}: cannot be read (${error.code ?? error.message})`));
      })
      .on('end', () => {
        resolve(hash.digest('hex'));
      });
  });
}
