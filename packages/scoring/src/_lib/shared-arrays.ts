/**
 * Typed arrays on a `SharedArrayBuffer` where there is one (Node.js; browsers only when cross-origin
 * isolated), else on an ordinary buffer. The columns of a prepared history live in these, so that worker
 * threads read them in place (`predictOpenPaymentsInParallel`) instead of receiving a copy; reading and
 * writing them costs the same either way.
 */
function buffer(bytes: number): ArrayBufferLike {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

export function sharedInt32Array(length: number): Int32Array {
  return new Int32Array(buffer(length * 4));
}

export function sharedFloat64Array(length: number): Float64Array {
  return new Float64Array(buffer(length * 8));
}

export function sharedUint8Array(length: number): Uint8Array {
  return new Uint8Array(buffer(length));
}
