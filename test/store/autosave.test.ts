import { expect } from '@open-wc/testing';
import { AutosaveScheduler } from '../../src/store/autosave.js';
import { FakeClock } from '../helpers/fake-clock.js';

describe('AutosaveScheduler', () => {
  let clock: FakeClock;
  let runs: number;
  const scheduler = (delay: number, maxWait?: number) => new AutosaveScheduler(() => runs++, delay, maxWait, () => clock.now);

  beforeEach(() => {
    clock = new FakeClock().install();
    runs = 0;
  });
  afterEach(() => clock.uninstall());

  it('runs once, `delay` ms after the last of a burst of pokes (debounce)', () => {
    const s = scheduler(30);
    s.poke();
    clock.tick(20);
    s.poke();
    clock.tick(20);
    s.poke();
    clock.tick(29);
    expect(runs, '29 ms after the last poke').to.equal(0);
    expect(s.pending).to.equal(true);
    clock.tick(1);
    expect(runs).to.equal(1);
    expect(s.pending).to.equal(false);
    expect(clock.pendingTimers).to.equal(0);
  });

  const bounds: [string, number, number, number][] = [
    // name, poke every (ms), delay, pokes before the first run
    ['pokes every 1000 ms with a 10 s delay: saved at the 3 s bound', 1000, 10_000, 3],
    ['pokes every 500 ms: saved at the 3 s bound', 500, 10_000, 6],
    ['delay shorter than the gap: every poke saves', 1000, 100, 1],
  ];
  for (const [name, every, delay, pokes] of bounds) {
    it(`still runs while pokes continue: ${name}`, () => {
      const s = scheduler(delay, 3000);
      let count = 0;
      while (runs === 0 && count < 20) {
        s.poke();
        count++;
        clock.tick(every);
      }
      expect(count).to.equal(pokes);
      expect(runs).to.equal(1);
    });
  }

  it('a new burst after a run gets a fresh upper bound', () => {
    const s = scheduler(10_000, 3000);
    s.poke();
    clock.tick(3000);
    expect(runs).to.equal(1);
    clock.tick(5000);
    s.poke();
    clock.tick(2999);
    expect(runs, 'bound counted from the new burst').to.equal(1);
    clock.tick(1);
    expect(runs).to.equal(2);
  });

  it('run() saves a pending change at once and clears its timer', () => {
    const s = scheduler(10_000);
    s.run();
    expect(runs, 'nothing pending').to.equal(0);
    s.poke();
    s.run();
    expect(runs).to.equal(1);
    expect(clock.pendingTimers).to.equal(0);
    clock.tick(20_000);
    expect(runs).to.equal(1);
  });

  it('cancel() drops the pending change and clears its timer', () => {
    const s = scheduler(10_000);
    s.poke();
    s.cancel();
    expect(s.pending).to.equal(false);
    expect(clock.pendingTimers, 'no timer left behind').to.equal(0);
    clock.tick(20_000);
    expect(runs).to.equal(0);
  });

  it('cancel() also resets the burst: the next poke waits the full delay again', () => {
    const s = scheduler(2000, 3000);
    s.poke();
    clock.tick(1500);
    s.cancel();
    s.poke();
    clock.tick(1999);
    expect(runs).to.equal(0);
    clock.tick(1);
    expect(runs).to.equal(1);
  });
});
