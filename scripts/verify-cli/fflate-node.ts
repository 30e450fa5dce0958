// fflate for the command-line build only (scripts/build-verify-cli.mjs puts it in place of `fflate`): the PNG decoder
// of the attested-view check (fast-png) inflates through fflate's Unzlib, in JavaScript; node:zlib does the same
// natively. Same bytes out; node also checks each stream's Adler-32, so a damaged image is refused, never misread.
import { inflateSync } from 'node:zlib';

export * from 'fflate';

/** Collects the pushed chunks and inflates them at the last push (fast-png pushes every IDAT, then an empty final). */
export class Unzlib {
  private chunks: Uint8Array[] = [];
  constructor(public ondata: (data: Uint8Array, final: boolean) => void) {}

  push(chunk: Uint8Array, final = false): void {
    if (chunk.length) this.chunks.push(chunk);
    if (!final) return;
    const out = inflateSync(Buffer.concat(this.chunks));
    this.chunks = [];
    this.ondata(new Uint8Array(out.buffer, out.byteOffset, out.byteLength), true);
  }
}

export function unzlibSync(data: Uint8Array): Uint8Array {
  const out = inflateSync(data);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
