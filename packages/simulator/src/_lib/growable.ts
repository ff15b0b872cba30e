type NumberArray = Int32Array | Float64Array | Uint8Array;

/** The interface of a growable typed array. */
export interface Growable {
  length: number;
  push(value: number): void;
  pop(): void;
  get(index: number): number;
  set(index: number, value: number): void;
}

/**
 * A class of growable typed arrays over one element type. Each call makes its own class, so the element
 * accesses of each stay monomorphic (one shared class over three array types would not).
 */
function growableOf(create: (size: number) => NumberArray): new () => Growable {
  return class {
    private data = create(1024);
    length = 0;

    push(value: number): void {
      if (this.length === this.data.length) {
        const next = create(this.data.length * 2);
        next.set(this.data);
        this.data = next;
      }
      this.data[this.length++] = value;
    }

    pop(): void {
      this.length--;
    }

    get(index: number): number {
      return this.data[index] as number;
    }

    set(index: number, value: number): void {
      this.data[index] = value;
    }
  };
}

/** A growable array of 32-bit integers. */
export const GrowableInt32 = growableOf((size) => new Int32Array(size));
/** A growable array of doubles (integer minor units stay exact below 2^53). */
export const GrowableFloat64 = growableOf((size) => new Float64Array(size));
/** A growable array of bytes. */
export const GrowableUint8 = growableOf((size) => new Uint8Array(size));
