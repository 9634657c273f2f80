// @ts-check

/**
 * @typedef {Record<string, string | boolean | null | undefined>} Attributes
 * Strings become attributes, true an empty attribute, false/null/undefined none.
 */

/**
 * Builds an element. Text children become text nodes, so nothing here ever parses markup.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes} [attributes]
 * @param {Array<Node | string | null | undefined | false>} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) {
      element.setAttribute(name, '');
    } else if (typeof value === 'string') {
      element.setAttribute(name, value);
    }
  }

  for (const child of children) {
    if (child) {
      element.append(child);
    }
  }

  return element;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** Stroke paths in a 24×24 box, drawn here so that the widget loads no image from anywhere. */
const iconPaths = {
  chat: ['M21 12a8 8 0 0 1-11.8 7L4 20.5l1.5-5A8 8 0 1 1 21 12Z'],
  close: ['M6 6l12 12', 'M18 6 6 18'],
  send: ['M5 12h13', 'm12 5 7 7-7 7'],
};

/**
 * @param {keyof typeof iconPaths} name
 * @param {string} [className]
 * @returns {SVGSVGElement}
 */
export function icon(name, className) {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  svg.setAttribute('aria-hidden', 'true');
  if (className) {
    svg.setAttribute('class', className);
  }

  for (const d of iconPaths[name]) {
    const path = document.createElementNS(svgNs, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }

  return svg;
}
