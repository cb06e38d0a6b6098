import type { Lane } from "@/lib/view/lanes";

/** Copies the computed colours into a clone so the SVG renders the same outside the page. */
export function standaloneSvg(
  axis: SVGSVGElement,
  plot: SVGSVGElement,
  lanes: Lane[],
  plotWidth: number,
  height: number,
  { labelWidth: LABEL_WIDTH, axisHeight: AXIS_HEIGHT }: { labelWidth: number; axisHeight: number },
): string {
  const NS = "http://www.w3.org/2000/svg";
  const inline = (source: Element, target: Element) => {
    const sources = [source, ...source.querySelectorAll("*")];
    const targets = [target, ...target.querySelectorAll("*")];
    sources.forEach((s, i) => {
      const cs = getComputedStyle(s);
      const t = targets[i] as SVGElement;
      for (const prop of ["fill", "stroke", "stop-color", "fill-opacity", "stroke-opacity", "opacity", "font-size"])
        t.style.setProperty(prop, cs.getPropertyValue(prop));
    });
  };
  const root = document.createElementNS(NS, "svg");
  const width = LABEL_WIDTH + plotWidth;
  root.setAttribute("xmlns", NS);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(AXIS_HEIGHT + height));
  root.setAttribute("font-family", "Inter, system-ui, sans-serif");
  const bg = document.createElementNS(NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  root.appendChild(bg);
  const axisClone = axis.cloneNode(true) as SVGSVGElement;
  inline(axis, axisClone);
  root.appendChild(axisClone);
  const body = document.createElementNS(NS, "g");
  body.setAttribute("transform", `translate(0,${AXIS_HEIGHT})`);
  const fg = getComputedStyle(document.body).color;
  for (const lane of lanes) {
    const label = document.createElementNS(NS, "text");
    label.setAttribute("x", "6");
    label.setAttribute("y", String(lane.top + lane.height / 2 + 4));
    label.setAttribute("font-size", "11");
    label.setAttribute("fill", fg);
    label.textContent = `${lane.name} (${lane.count})`;
    body.appendChild(label);
  }
  const plotClone = plot.cloneNode(true) as SVGSVGElement;
  inline(plot, plotClone);
  plotClone.setAttribute("x", String(LABEL_WIDTH));
  plotClone.removeAttribute("style");
  plotClone.removeAttribute("class");
  body.appendChild(plotClone);
  root.appendChild(body);
  return new XMLSerializer().serializeToString(root);
}
