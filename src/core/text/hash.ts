// A small, dependency-free 64-bit FNV-1a hash. The core may not import node:crypto, and ids only need
// to be stable and well spread, not cryptographically strong.

const PRIME_LOW = 0x1b3; // the FNV-64 prime is 2^40 + 0x1b3
const encoder = new TextEncoder();

/** FNV-1a (64-bit) over the UTF-8 bytes of `text`, as 16 lower-case hex digits. */
export function hashFnv1a64(text: string): string {
  const bytes = encoder.encode(text);
  // The 64-bit state is kept as two 32-bit halves so that every product stays below 2^53.
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < bytes.length; i += 1) {
    const mixed = (low ^ (bytes[i] ?? 0)) >>> 0;
    // mixed * PRIME_LOW, split into 16-bit halves so that its high word (the carry) stays in small
    // integers: this loop runs over every byte of every article.
    const lowPart = (mixed & 0xffff) * PRIME_LOW;
    const carry = ((mixed >>> 16) * PRIME_LOW + (lowPart >>> 16)) >>> 16;
    // The 2^40 term shifts the low half's bits 0..23 into bits 8..31 of the high half.
    high = (Math.imul(high, PRIME_LOW) + carry + (mixed << 8)) >>> 0;
    low = Math.imul(mixed, PRIME_LOW) >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
