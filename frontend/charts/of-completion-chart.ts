/**
 * <of-completion-chart>: a stacked horizontal bar chart of completion per area or worker (done, in review,
 * returned, not visited), drawn with Chart.js 4 (MIT, canvas, tree-shaken to the bar chart). The server sets
 * one JSON property, `spec`: {labels: string[], series: [{label, color, values: number[]}], title}. The
 * host grows with the number of bars so a street of many grids stays readable on a tablet.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

type Series = { label: string; color: string; values: number[] };
type Spec = { title: string; labels: string[]; series: Series[] };

class CompletionChart extends HTMLElement {
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
    this.style.height = `${Math.max(160, 60 + spec.labels.length * 28)}px`;
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, stack: 'all' })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          title: { display: !!spec.title, text: spec.title },
          legend: { position: 'bottom' },
        },
        scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } },
      },
    });
  }
}

if (!customElements.get('of-completion-chart')) {
  customElements.define('of-completion-chart', CompletionChart);
}
