/** opentype.js ships no types: the one function scripts/lib/font-widths.ts calls. */
declare module 'opentype.js' {
  const opentype: { parse(buffer: ArrayBuffer): unknown };
  export default opentype;
}
