/**
 * <of-volume-chart>: a column chart of one series over days (e.g. a department's deliveries per day), drawn with
 * Chart.js 4 like <of-completion-chart>. The server sets one JSON property, `spec`:
 * {title: string, label: string, color: string, days: string[], values: number[]}.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

type Spec = { title: string; label: string; color: string; days: string[]; values: number[] };

class VolumeChart extends HTMLElement {
  private chart?: Chart;
  private canvas?: HTMLCanvasElement;
  private current?: Spec;

  set spec(json: string) {
    this.current = JSON.parse(json) as Spec;
    this.draw();
  }

  connectedCallback() {
    this.style.display = 'block';
    this.style.position = 'relative';
    this.style.height = '220px';
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

  private draw() {
    if (!this.canvas || !this.current || !this.isConnected) {
      return;
    }
    const spec = this.current;
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, {
      type: 'bar',
      data: { labels: spec.days, datasets: [{ label: spec.label, data: spec.values, backgroundColor: spec.color }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { title: { display: !!spec.title, text: spec.title }, legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
}

if (!customElements.get('of-volume-chart')) {
  customElements.define('of-volume-chart', VolumeChart);
}
