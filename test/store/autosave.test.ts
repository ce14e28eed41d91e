import { expect } from '@open-wc/testing';
import { AutosaveScheduler } from '../../src/index.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('AutosaveScheduler', () => {
  it('runs once after a burst of pokes (debounce)', async () => {
    let runs = 0;
    const s = new AutosaveScheduler(() => runs++, 30);
    s.poke();
    s.poke();
    s.poke();
    expect(runs).to.equal(0);
    await tick(80);
    expect(runs).to.equal(1);
  });

  it('still runs while pokes continue past the upper bound', async () => {
    let runs = 0;
    let fakeNow = 0;
    // Each poke claims a second has passed: by the fourth the 3 s bound is reached.
    const s = new AutosaveScheduler(() => runs++, 10_000, 3000, () => fakeNow);
    for (let i = 0; i < 6 && runs === 0; i++) {
      s.poke();
      fakeNow += 1000;
      await tick(20);
    }
    expect(runs).to.equal(1);
  });

  it('run() saves a pending change at once; cancel() drops it', async () => {
    let runs = 0;
    const s = new AutosaveScheduler(() => runs++, 10_000);
    s.run();
    expect(runs, 'nothing pending').to.equal(0);
    s.poke();
    s.run();
    expect(runs).to.equal(1);
    s.poke();
    s.cancel();
    await tick(20);
    expect(runs).to.equal(1);
    expect(s.pending).to.equal(false);
  });
});
