/**
 * Grow-only typed arrays reused across calls. Allocating tens of megabytes of fresh typed arrays on every
 * call makes V8 run major collections, which must trace every object of a large input (a million rows
 * from a database) and cost far more than the work itself. A set is checked out for one computation and
 * returned after; a second concurrent user gets fresh arrays.
 */
export class ScratchBuffers {
  private readonly int32 = new Map<string, Int32Array>();
  private readonly float64 = new Map<string, Float64Array>();
  private readonly uint8 = new Map<string, Uint8Array>();
  /** A reusable array of strings; callers clear what they wrote (`fill('', 0, used)`) before release. */
  readonly strings: string[] = [];

  /** An Int32Array of at least `length` elements; contents are undefined unless `preserve` is set. */
  int32Array(name: string, length: number, preserve = false): Int32Array {
    return this.get(this.int32, name, length, preserve, (size) => new Int32Array(size));
  }

  /** A Float64Array of at least `length` elements. */
  float64Array(name: string, length: number, preserve = false): Float64Array {
    return this.get(this.float64, name, length, preserve, (size) => new Float64Array(size));
  }

  /** A Uint8Array of at least `length` elements. */
  uint8Array(name: string, length: number, preserve = false): Uint8Array {
    return this.get(this.uint8, name, length, preserve, (size) => new Uint8Array(size));
  }

  private get<T extends Int32Array | Float64Array | Uint8Array>(
    cache: Map<string, T>,
    name: string,
    length: number,
    preserve: boolean,
    create: (size: number) => T,
  ): T {
    const existing = cache.get(name);
    if (existing !== undefined && existing.length >= length) return existing;
    let size = Math.max(1024, existing?.length ?? 0);
    while (size < length) size *= 2;
    const array = create(size);
    if (preserve && existing !== undefined) array.set(existing as never);
    cache.set(name, array);
    return array;
  }
}

let pooled: ScratchBuffers | undefined = new ScratchBuffers();

/** Checks out the shared scratch buffers, or fresh ones when they are in use. */
export function acquireScratch(): ScratchBuffers {
  const buffers = pooled ?? new ScratchBuffers();
  pooled = undefined;
  return buffers;
}

/** Returns scratch buffers for the next computation. */
export function releaseScratch(buffers: ScratchBuffers): void {
  pooled = buffers;
}
