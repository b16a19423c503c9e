// The look shared by every chart: size, font, type sizes, and series styles that stay apart in
// grayscale (each series differs in lightness, dash pattern and marker shape, not only in hue).

/** 640 × 360 fills the text width of an A4 page at 16:9 and suits a screen card. */
export const chartWidth = 640;
export const chartHeight = 360;

/** The bundled font (assets/fonts) first; Arial and Helvetica share its metrics. */
export const chartFontFamily = 'Liberation Sans';
export const fontStack = `'${chartFontFamily}', Arial, Helvetica, sans-serif`;

export const fontSizes = { title: 15, subtitle: 11, axis: 11, value: 10, legend: 11, source: 10 };

export const palette = {
  background: '#ffffff',
  title: '#1a1a1a',
  text: '#404040',
  muted: '#595959',
  grid: '#dcdcdc',
  axis: '#8c8c8c',
  reference: '#a6a6a6',
  primary: '#1f4e79',
  primaryLight: '#9dc3e6',
  negative: '#c55a11',
};

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; '' is solid. */
  dash: string;
  marker: MarkerShape;
  width: number;
  /** Markers drawn as outlines: a fifth series and beyond repeat the styles, hollow. */
  hollow?: boolean;
}

/** Kommune, Kreis, Land … in this order: the first series is the strongest. */
const seriesStyles: SeriesStyle[] = [
  { color: palette.primary, dash: '', marker: 'circle', width: 2.75 },
  { color: palette.negative, dash: '8 4', marker: 'square', width: 2 },
  { color: '#767676', dash: '2 3', marker: 'triangle', width: 2.25 },
  { color: '#7a3e8f', dash: '10 3 2 3', marker: 'diamond', width: 2 },
];

export function seriesStyle(index: number): SeriesStyle {
  const style = seriesStyles[index % seriesStyles.length] as SeriesStyle;
  return index < seriesStyles.length ? style : { ...style, hollow: true };
}
