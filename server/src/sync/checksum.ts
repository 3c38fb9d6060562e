import { createHash } from 'node:crypto';

export type OpKind = 'PUT' | 'REMOVE' | 'MOVE' | 'CLEAR';

/**
 * A stable uint32 for one op: the first 4 bytes, little-endian, of sha256 over the op's identity
 * and data (the real PowerSync Service does the same over `put.<type>.<id>.<data>`). The client
 * never recomputes it; it only sums them, so any stable value works.
 */
export function opChecksum(op: 'PUT' | 'REMOVE', objectType: string, objectId: string, subkey: string | null, data: string | null): number {
  const hash = createHash('sha256')
    .update(`${op.toLowerCase()}.${objectType}.${objectId}.${subkey ?? ''}.${data ?? ''}`)
    .digest();
  return hash.readUInt32LE(0);
}

/** Wrapping uint32 addition: bucket checksums are sums modulo 2^32. */
export function addChecksums(a: number, b: number): number {
  return (a + b) % 0x1_0000_0000;
}
