// The part of pako 1.x (a dependency of pdf-lib, used by attested-stitch.ts) that Avisé calls; pako ships no types.
declare module 'pako' {
  interface Deflater {
    /** `mode` 2 is Z_SYNC_FLUSH: the output so far, ended on a byte boundary, in `result`. */
    push(data: Uint8Array, mode: number | boolean): boolean;
    result: Uint8Array | string | undefined;
    err: number;
    msg: string;
  }
  const pako: { Deflate: new (options?: { level?: number; raw?: boolean }) => Deflater };
  export default pako;
}
