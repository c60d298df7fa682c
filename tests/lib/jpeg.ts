/** Width and height from a JPEG's start-of-frame marker (share cards are JPEG). */
export function jpegSize(b: Buffer): { width: number; height: number } {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error('not a JPEG (no FF D8 at the start)');
  for (let i = 2; i < b.length; ) {
    const marker = b[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc3) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + b.readUInt16BE(i + 2);
  }
  throw new Error('no SOF marker');
}
