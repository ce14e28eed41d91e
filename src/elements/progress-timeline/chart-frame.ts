import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CHART, type ChartFrame } from './chart.js';

/** Narrowest chart, in user units (the plot keeps room for two date ticks). */
const MIN_WIDTH = 300;

/**
 * Keeps the score chart's frame in step with the page: its width in SVG user units is its
 * rendered width measured in sixteenths of the widget's font size, so one user unit is 1/16 em and
 * the chart's labels (sized in user units) are always the same size relative to the text — they
 * grow with a larger text setting and do not shrink to a few pixels on a narrow screen. Right to
 * left (`dir="rtl"` on the element or a parent) the chart runs right to left, like the reading.
 */
export class ChartFrameController implements ReactiveController {
  frame: ChartFrame = { width: CHART.width, rtl: false };
  readonly #host: ReactiveControllerHost & HTMLElement;
  // Measured in the next frame: re-rendering inside the observer's callback would resize what it
  // watches while it reports ("ResizeObserver loop" error).
  readonly #observer = new ResizeObserver(() => requestAnimationFrame(() => this.#measure()));

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  hostUpdate(): void {
    const rtl = this.#host.matches(':dir(rtl)');
    if (rtl !== this.frame.rtl) this.frame = { ...this.frame, rtl };
  }

  #measure(): void {
    const figure = this.#host.shadowRoot?.querySelector('figure[part="chart"]');
    if (!figure) return;
    const em = parseFloat(getComputedStyle(figure).fontSize) || 16;
    const width = Math.max(MIN_WIDTH, Math.round((figure.clientWidth * 16) / em));
    if (figure.clientWidth > 0 && width !== this.frame.width) {
      this.frame = { ...this.frame, width };
      this.#host.requestUpdate();
    }
  }
}
