// The one function of the `hyphen` package's British English patterns the PDF writer calls (the
// package ships no declarations; it is CommonJS, so Node gives it to an ES module as the default export).
declare module 'hyphen/en-gb/index.js' {
  const patterns: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default patterns;
}
