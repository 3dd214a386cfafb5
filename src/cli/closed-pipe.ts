/**
 * `hvgate … | head`: the reader may close the pipe before the report is written. Node reports that
 * as an `EPIPE` error event on the stream, which, unhandled, ends the process with a stack trace.
 * Here a closed stream is written to no more, quietly, and the process still ends with the exit code
 * the gate reached: a blocked gate exits 1 even when nobody read the report, so that a pipeline with
 * `set -o pipefail` sees it (Unix tools killed by SIGPIPE end with 141 instead; a gate's verdict is
 * worth more than that convention). Edge module: process streams.
 */

/** A writer to `stream` that drops what it is given once the other end has closed. */
export function closablePipeWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
