/// <reference types="vite/client" />
// crxjs: importing a script with `?script` bundles it and yields its path for scripting.executeScript.
declare module '*?script' {
  const path: string;
  export default path;
}
declare const __AVISE_BROWSER__: 'chrome' | 'firefox';
