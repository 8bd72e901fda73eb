/**
 * The entry point of the TeaVM build: the functions the explorer page calls in its Web Worker, over the
 * browser's own parsed JSON (TeaVM's JSO interop). Compiled to {@code rlsim-model.js} at build time; never
 * loaded on the JVM.
 */
package org.rlsim.browser;
