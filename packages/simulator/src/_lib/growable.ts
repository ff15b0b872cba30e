/** A growable typed array of 32-bit integers. */
export class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
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
}

/** A growable typed array of doubles (integer minor units stay exact below 2^53). */
export class GrowableFloat64 {
  private data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  get(index: number): number {
    return this.data[index] as number;
  }
  set(index: number, value: number): void {
    this.data[index] = value;
  }
}

/** A growable typed array of bytes. */
export class GrowableUint8 {
  private data = new Uint8Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  get(index: number): number {
    return this.data[index] as number;
  }
  set(index: number, value: number): void {
    this.data[index] = value;
  }
}
