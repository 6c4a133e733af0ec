// Pins the manifest: V8, the time zone, logging and the exact least-privilege OAuth scopes.
import { describe, expect, it } from 'vitest';
import { buildFileRead } from './build-output';

const scopes = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
];

describe.each(['appsscript.json', 'build/appsscript.json'])('%s', (file) => {
  const manifest = JSON.parse(buildFileRead(file)) as Record<string, unknown>;

  it('asks for exactly the least-privilege scopes', () => {
    expect(manifest.oauthScopes).toEqual(scopes);
  });

  it('asks for no broad scope', () => {
    const text = JSON.stringify(manifest.oauthScopes);
    for (const broad of ['auth/spreadsheets"', 'auth/drive"', 'mail.google.com', 'auth/script.external_request']) {
      expect(text.includes(broad), broad).toBe(false);
    }
  });

  it('runs on V8 in Asia/Shanghai with Stackdriver logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Shanghai');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });
});

describe('.clasp.json', () => {
  it('pushes the build directory', () => {
    expect(JSON.parse(buildFileRead('.clasp.json')).rootDir).toBe('build');
  });
});
