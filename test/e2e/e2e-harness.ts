// A minimal step runner for the browser run (named checks in order, a summary line, a deadline), and the
// sidebar helpers the scenarios share (the sidebar frame, running a menu item).

import type { Frame, Page } from 'playwright-core';

export interface StepResult {
  readonly name: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly error?: string;
}

export class StepRunner {
  readonly results: StepResult[] = [];

  /** Runs `body` as one check; a failure is recorded, printed and does not stop later checks. */
  async step(name: string, body: () => Promise<void>, timeoutMs = 30_000): Promise<boolean> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        body(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      this.results.push({ name, ok: true, ms: Date.now() - started });
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
      return true;
    } catch (error) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.results.push({ name, ok: false, ms: Date.now() - started, error: text });
      console.log(`FAIL ${name} (${Date.now() - started} ms)\n     ${text.split('\n').join('\n     ')}`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  get passed(): number {
    return this.results.filter((r) => r.ok).length;
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }

  /** The line CI reads: exactly "N passed, N failed". */
  summaryLine(): string {
    return `${this.passed} passed, ${this.failed} failed`;
  }
}

/** Throws with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The sidebar frame once the panel shows one whose src differs from `previousSrc`. */
export async function frameOf(page: Page, previousSrc: string | null = null): Promise<Frame> {
  const selector = previousSrc ? `#sidebar-frame:not([src="${previousSrc}"])` : '#sidebar-frame';
  const handle = await page.waitForSelector(selector, { timeout: 15_000 });
  const frame = await handle.contentFrame();
  check(frame, 'the sidebar iframe has no frame');
  await frame.waitForSelector('#app .tabs', { timeout: 15_000 });
  return frame;
}

export async function menuRun(page: Page, functionName: string): Promise<Frame> {
  const frames = page.locator('#sidebar-frame');
  const before = (await frames.count()) > 0 ? await frames.getAttribute('src') : null;
  await page.click('#addon-menu');
  await page.click(`.menu-item[data-function="${functionName}"]`);
  return frameOf(page, before);
}
