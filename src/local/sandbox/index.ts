// The bundle-in-sandbox loader: build/Code.js run in node:vm against the Apps Script emulator.
export { loadBundle, bundleCodeRead, type LoadedBundle, type SandboxEmulator } from './load-bundle';
export { bundleEntries, type BundleEntry } from './bundle-entries';
