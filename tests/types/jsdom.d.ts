/**
 * The part of jsdom's API the tests use (jsdom ships no types, @types/jsdom is not installed).
 * Scripts never run: `runScripts` is left at its default, so parsing is all that happens.
 */
declare module 'jsdom' {
  export interface ConstructorOptions {
    contentType?: string;
    url?: string;
    virtualConsole?: VirtualConsole;
  }
  export class VirtualConsole {
    constructor();
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
  }
}
