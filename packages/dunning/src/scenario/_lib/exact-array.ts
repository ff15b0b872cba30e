/**
 * An array that keeps exactly its elements. `push` leaves room for 16 more, about 70 bytes per array that
 * a kept result would otherwise carry (and that every young-generation collection copies): results keep
 * only exact copies. An array never pushed to is returned as it is.
 */
export function exactArray<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}
