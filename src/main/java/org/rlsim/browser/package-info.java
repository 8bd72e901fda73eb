/**
 * The entry point of the TeaVM build: the functions the explorer page calls in its Web Worker, over the
 * browser's own parsed JSON (TeaVM's JSO interop). Compiled at build time to {@code rlsim-model.wasm}
 * (WebAssembly with garbage collection, the faster) and {@code rlsim-model.js} (JavaScript, for older
 * browsers); never loaded on the JVM.
 */
package org.rlsim.browser;
