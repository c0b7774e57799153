// The one function of the `fontkit` package the PDF writer calls (fontkit ships no declarations).
declare module 'fontkit' {
  export function create(buffer: Uint8Array): import('./fontkit-types.js').FontkitFont;
}
