import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import ApexCharts from 'apexcharts';

/**
 * A thin wrapper around ApexCharts. The server sends the options as a JSON string (no functions in it);
 * the chart is drawn only once the element has a non-zero size, because ApexCharts measures its container once.
 *
 * Presentation hints the server may put under the top-level key "meta" (removed before handing options to ApexCharts):
 *   decimals      fixed decimals for values in tooltips and data labels
 *   valueSuffix   text appended to values in tooltips (e.g. " 万元")
 * and data points of the form {x, y, description} get their description shown as the tooltip.
 *
 * A click on a bar, slice or heatmap cell dispatches "chart-click" with {seriesIndex, dataPointIndex, category, seriesName}.
 * After each draw the element sets data-drawn and adds a performance mark "apex-chart-drawn".
 */
@customElement('apex-chart')
export class ApexChartElement extends LitElement {
  @property({ type: String }) options = '';

  private chart?: ApexCharts;
  private resizeObserver?: ResizeObserver;
  private drawnOptions?: string;

  // Render into the light DOM: ApexCharts adds its stylesheet to the document, and tests can find the SVG directly.
  // Without a shadow root there is no :host style, so the element styles itself (a custom element is inline by default,
  // and an inline element has no size: the chart would never be drawn).
  protected createRenderRoot() {
    return this;
  }

  render() {
    return html`<div class="plot" style="width: 100%; height: 100%;"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    this.style.display = 'block';
    this.style.position = 'relative';
    if (!this.style.minHeight) {
      this.style.minHeight = '120px';
    }
    this.resizeObserver = new ResizeObserver(() => this.drawWhenSized());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    // Flow may detach and re-attach an element while it builds the page: keep the drawing unless the element stays away.
    setTimeout(() => {
      if (!this.isConnected) {
        this.chart?.destroy();
        this.chart = undefined;
        this.drawnOptions = undefined;
      }
    }, 0);
  }

  protected updated() {
    this.drawWhenSized();
  }

  private drawWhenSized() {
    if (!this.options || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    if (this.drawnOptions === this.options) {
      return; // drawn, or queued to be drawn, with these options
    }
    const container = this.querySelector('.plot') as HTMLElement | null;
    if (!container) {
      return;
    }
    this.chart?.destroy();
    this.chart = undefined;
    const options = this.options;
    this.drawnOptions = options;
    // Charts of a page draw one after the other, each in its own task, so the first one shows (and the page paints)
    // without waiting for all of them.
    ApexChartElement.drawing = ApexChartElement.drawing
      .then(() => {
        if (this.drawnOptions !== options || !this.isConnected) {
          return undefined;
        }
        const chart = new ApexCharts(container, this.toApexOptions(JSON.parse(options)));
        this.chart = chart;
        return chart.render().then(() => {
          if (this.chart !== chart) {
            return;
          }
          this.setAttribute('data-drawn', 'true');
          performance.mark('apex-chart-drawn');
          this.dispatchEvent(new CustomEvent('chart-drawn', { bubbles: true, composed: true }));
        });
      })
      .catch((error) => console.error('apex-chart: drawing failed', error))
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }

  private static drawing: Promise<void> = Promise.resolve();

  private toApexOptions(options: any): any {
    const meta = options.meta ?? {};
    delete options.meta;
    options.chart = options.chart ?? {};
    options.chart.height = options.chart.height ?? '100%';
    options.chart.width = '100%';
    options.chart.events = {
      dataPointSelection: (_event: unknown, _context: unknown, config: any) => this.clicked(config),
    };
    const format = (value: unknown) => this.format(value, meta);
    options.tooltip = options.tooltip ?? {};
    options.tooltip.y = { formatter: format };
    if (options.dataLabels?.enabled) {
      options.dataLabels.formatter = (value: unknown) =>
        this.format(value, { decimals: meta.labelDecimals ?? meta.decimals, valueSuffix: meta.labelSuffix ?? '' });
    }
    if (meta.decimals !== undefined && options.yaxis) {
      const axes = Array.isArray(options.yaxis) ? options.yaxis : [options.yaxis];
      axes.forEach((axis: any) => (axis.labels = { ...(axis.labels ?? {}), formatter: (v: unknown) => this.format(v, { decimals: meta.axisDecimals ?? 0 }) }));
    }
    const donutLabels = options.plotOptions?.pie?.donut?.labels;
    if (donutLabels?.show) {
      donutLabels.value = { ...(donutLabels.value ?? {}), formatter: (v: unknown) => this.format(v, { decimals: meta.decimals }) };
      if (donutLabels.total) {
        donutLabels.total.formatter = (w: any) =>
          this.format((w.globals.seriesTotals as number[]).reduce((a, b) => a + b, 0), { decimals: meta.decimals });
      }
    }
    if (this.hasDescriptions(options.series)) {
      options.tooltip.custom = ({ seriesIndex, dataPointIndex, w }: any) => {
        const point = w.config.series?.[seriesIndex]?.data?.[dataPointIndex];
        const text = point && typeof point === 'object' ? point.description : undefined;
        return text ? `<div class="apex-chart-tooltip">${this.escape(String(text)).replace(/\n/g, '<br>')}</div>` : '';
      };
    }
    return options;
  }

  private hasDescriptions(series: any): boolean {
    return Array.isArray(series) && series.some((s: any) => Array.isArray(s?.data) && s.data.some((p: any) => p && typeof p === 'object' && 'description' in p));
  }

  private clicked(config: any) {
    const seriesIndex: number = config?.seriesIndex ?? -1;
    const dataPointIndex: number = config?.dataPointIndex ?? -1;
    if (dataPointIndex < 0) {
      return;
    }
    const w = config.w;
    const series = w?.config?.series;
    const single = Array.isArray(series) && series.length > 0 && typeof series[0] === 'number';
    const point = !single ? series?.[seriesIndex]?.data?.[dataPointIndex] : undefined;
    let category: unknown;
    if (point && typeof point === 'object' && 'x' in point) {
      category = point.x;
    } else {
      category = w?.config?.labels?.[dataPointIndex] ?? w?.config?.xaxis?.categories?.[dataPointIndex] ?? w?.globals?.labels?.[dataPointIndex];
    }
    const seriesName = single ? '' : (series?.[seriesIndex]?.name ?? '');
    this.dispatchEvent(
      new CustomEvent('chart-click', {
        detail: { seriesIndex: single ? 0 : seriesIndex, dataPointIndex, category: category == null ? '' : String(category), seriesName },
      }),
    );
  }

  private format(value: unknown, meta: { decimals?: number; valueSuffix?: string }): string {
    if (value === null || value === undefined || value === '') {
      return '—';
    }
    const n = typeof value === 'number' ? value : Number(value);
    if (Number.isNaN(n)) {
      return String(value);
    }
    const text = meta.decimals === undefined ? String(n) : n.toFixed(meta.decimals);
    return text + (meta.valueSuffix ?? '');
  }

  private escape(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apex-chart': ApexChartElement;
  }
}
