/**
 * The lifecycle the OneForm chart elements share: the server sets one JSON property, `spec`; the element draws
 * a Chart.js chart on its own canvas when it is connected and has a spec, redraws on a new spec and frees the
 * chart when it is removed. Subclasses say how tall the element is and what to draw. After each draw the element
 * carries `data-drawn` (the number of draws so far): a readiness signal for tests and the dashboard benchmark
 * (Chart.js draws synchronously when animation is off, as in every OneForm chart).
 */
import { Chart, type ChartConfiguration } from 'chart.js';

export abstract class ChartElement<S> extends HTMLElement {
  private chart?: Chart;
  private canvas?: HTMLCanvasElement;
  private current?: S;

  set spec(json: string) {
    this.current = JSON.parse(json) as S;
    this.draw();
  }

  connectedCallback() {
    this.style.display = 'block';
    this.style.position = 'relative';
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
      this.appendChild(this.canvas);
    }
    this.draw();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** The element's CSS height for a spec. */
  protected abstract height(spec: S): string;

  /** The Chart.js configuration of a spec. */
  protected abstract configuration(spec: S): ChartConfiguration;

  private draw() {
    if (!this.canvas || !this.current || !this.isConnected) {
      return;
    }
    this.style.height = this.height(this.current);
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, this.configuration(this.current));
    this.dataset.drawn = String(Number(this.dataset.drawn ?? '0') + 1);
  }
}
