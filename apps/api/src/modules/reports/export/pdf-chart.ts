import { formatNumber } from '@lagesbild/types';
import type { ReportChart } from '../../../generated/resolver-types';
import { SERIES_COLOURS } from './report-layout';
import { UNIT_LABELS } from '../report-labels';
import { COLOURS, CONTENT_WIDTH, MARGIN, wrapLines } from './pdf-page';

const TITLE_SIZE = 9.5;
const LABEL_SIZE = 7.5;
const PLOT_HEIGHT = 150;
/** Line series differ in dash and marker too, so they read apart in grey print. */
const DASHES: ([number, number] | null)[] = [null, [5, 3], [1.5, 2.5], [8, 3]];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

/** The height a chart takes, so that it is kept on one page. */
export function chartHeight(doc: PDFKit.PDFDocument, chart: ReportChart): number {
  return TITLE_SIZE * 1.4 + 8 + PLOT_HEIGHT + categoryLabelHeight(doc, chart) + legendHeight(doc, chart) + 16;
}

/**
 * Draws a bar or line chart with the page's vector primitives (no raster image): a value
 * axis with Swedish figures, gridlines, category labels and a legend.
 */
export function drawChart(doc: PDFKit.PDFDocument, chart: ReportChart): void {
  const top = doc.y;
  doc.font('bold').fontSize(TITLE_SIZE).fillColor(COLOURS.text);
  doc.text(chart.title, MARGIN.left, top, { width: CONTENT_WIDTH, lineBreak: false });

  const values = chart.series.flatMap((series) => series.values).filter((value): value is number => value != null);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const tickLabels = ticks.map((tick) => formatNumber(tick, chart.unit));
  doc.font('regular').fontSize(LABEL_SIZE);
  const axisWidth = Math.max(...tickLabels.map((label) => doc.widthOfString(label))) + 8;

  const plotTop = top + TITLE_SIZE * 1.4 + 8;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const plotLeft = MARGIN.left + axisWidth;
  const plotRight = MARGIN.left + CONTENT_WIDTH - 4;
  const lowest = ticks[0]!;
  const highest = ticks.at(-1)!;
  const yOf = (value: number) => plotBottom - ((value - lowest) / (highest - lowest)) * PLOT_HEIGHT;

  const unitLabel = UNIT_LABELS[chart.unit];
  if (unitLabel) {
    doc.fillColor(COLOURS.muted).text(unitLabel, MARGIN.left, plotTop - LABEL_SIZE * 1.6, { lineBreak: false });
  }
  ticks.forEach((tick, index) => {
    const y = yOf(tick);
    doc
      .save()
      .lineWidth(tick === 0 ? 0.9 : 0.5)
      .moveTo(plotLeft, y)
      .lineTo(plotRight, y)
      .stroke(tick === 0 ? COLOURS.muted : COLOURS.grid)
      .restore();
    const label = tickLabels[index]!;
    doc.fillColor(COLOURS.muted).text(label, plotLeft - 5 - doc.widthOfString(label), y - LABEL_SIZE / 2, {
      lineBreak: false,
    });
  });

  const band = (plotRight - plotLeft) / Math.max(1, chart.categories.length);
  const centreOf = (index: number) => plotLeft + band * (index + 0.5);
  if (chart.kind === 'BAR') {
    const groupWidth = band * 0.72;
    const barWidth = groupWidth / Math.max(1, chart.series.length);
    chart.series.forEach((series, seriesIndex) => {
      const colour = SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]!;
      series.values.forEach((value, index) => {
        if (value == null) return;
        const x = centreOf(index) - groupWidth / 2 + seriesIndex * barWidth;
        const y = Math.min(yOf(value), yOf(0));
        doc.rect(x + 0.5, y, barWidth - 1, Math.max(0.5, Math.abs(yOf(value) - yOf(0)))).fill(colour);
      });
    });
  } else {
    chart.series.forEach((series, seriesIndex) => {
      const colour = SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]!;
      const dash = DASHES[seriesIndex % DASHES.length];
      doc.save().lineWidth(1.6).strokeColor(colour);
      if (dash) doc.dash(dash[0], { space: dash[1] });
      let drawing = false;
      series.values.forEach((value, index) => {
        if (value == null) {
          drawing = false;
          return;
        }
        if (drawing) doc.lineTo(centreOf(index), yOf(value));
        else doc.moveTo(centreOf(index), yOf(value));
        drawing = true;
      });
      doc.stroke().undash().restore();
      series.values.forEach((value, index) => {
        if (value != null) drawMarker(doc, MARKERS[seriesIndex % MARKERS.length]!, centreOf(index), yOf(value), colour);
      });
    });
  }
  doc.save().lineWidth(0.8).moveTo(plotLeft, plotTop).lineTo(plotLeft, plotBottom).stroke(COLOURS.muted).restore();

  doc.font('regular').fontSize(LABEL_SIZE).fillColor(COLOURS.text);
  chart.categories.forEach((category, index) => {
    wrapLines(doc, category, band - 4)
      .slice(0, 3)
      .forEach((line, lineIndex) => {
        doc.text(line, centreOf(index) - doc.widthOfString(line) / 2, plotBottom + 4 + lineIndex * LABEL_SIZE * 1.25, {
          lineBreak: false,
        });
      });
  });

  let legendY = plotBottom + 8 + categoryLabelHeight(doc, chart);
  let legendX = plotLeft;
  chart.series.forEach((series, seriesIndex) => {
    const colour = SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]!;
    const width = 22 + doc.widthOfString(series.name) + 14;
    if (legendX + width > plotRight && legendX > plotLeft) {
      legendX = plotLeft;
      legendY += LABEL_SIZE * 1.8;
    }
    const middle = legendY + LABEL_SIZE / 2;
    if (chart.kind === 'BAR') doc.rect(legendX, middle - 4, 14, 8).fill(colour);
    else {
      const dash = DASHES[seriesIndex % DASHES.length];
      doc.save().lineWidth(1.6);
      if (dash) doc.dash(dash[0], { space: dash[1] });
      doc
        .moveTo(legendX, middle)
        .lineTo(legendX + 16, middle)
        .stroke(colour)
        .undash()
        .restore();
      drawMarker(doc, MARKERS[seriesIndex % MARKERS.length]!, legendX + 8, middle, colour);
    }
    doc.fillColor(COLOURS.text).text(series.name, legendX + 20, legendY, { lineBreak: false });
    legendX += width;
  });

  doc.x = MARGIN.left;
  doc.y = top + chartHeight(doc, chart);
}

function categoryLabelHeight(doc: PDFKit.PDFDocument, chart: ReportChart): number {
  doc.font('regular').fontSize(LABEL_SIZE);
  const band = (CONTENT_WIDTH - 50) / Math.max(1, chart.categories.length);
  const lines = Math.max(
    1,
    ...chart.categories.map((category) => Math.min(3, wrapLines(doc, category, band - 4).length)),
  );
  return lines * LABEL_SIZE * 1.25 + 4;
}

function legendHeight(doc: PDFKit.PDFDocument, chart: ReportChart): number {
  doc.font('regular').fontSize(LABEL_SIZE);
  const total = chart.series.reduce((sum, series) => sum + 36 + doc.widthOfString(series.name), 0);
  return Math.ceil(total / (CONTENT_WIDTH - 60)) * LABEL_SIZE * 1.8;
}

function drawMarker(
  doc: PDFKit.PDFDocument,
  marker: (typeof MARKERS)[number],
  x: number,
  y: number,
  colour: string,
): void {
  const size = 3.2;
  doc.save();
  switch (marker) {
    case 'circle':
      doc.circle(x, y, size).fill(colour);
      break;
    case 'square':
      doc.rect(x - size, y - size, size * 2, size * 2).fill(colour);
      break;
    case 'triangle':
      doc.polygon([x, y - size - 0.6], [x + size + 0.6, y + size], [x - size - 0.6, y + size]).fill(colour);
      break;
    case 'diamond':
      doc.polygon([x, y - size - 1], [x + size + 1, y], [x, y + size + 1], [x - size - 1, y]).fill(colour);
      break;
  }
  doc.restore();
}

/** Round gridline values that enclose the figures: 0, 2, 4, 6 or 0, 100 000, 200 000. */
export function niceTicks(minimum: number, maximum: number, count = 5): number[] {
  if (maximum === minimum) maximum = minimum + 1;
  const rough = (maximum - minimum) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * power;
  const ticks: number[] = [];
  for (let tick = Math.floor(minimum / step) * step; tick < maximum + step / 2; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  if (ticks.at(-1)! < maximum) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}
