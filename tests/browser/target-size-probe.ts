/**
 * Runs inside the page (page.evaluate): the targets that fail WCAG 2.2 SC
 * 2.5.8, each as "text (tag): width × height px". Self-contained, as code
 * handed to the browser must be.
 */
export function undersizedTargets(): string[] {
  const MIN = 24;
  const isShown = (element: Element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // Visually hidden elements (the skip link until focused) are no targets on screen.
    return style.visibility !== 'hidden' && box.width > 1 && box.height > 1;
  };
  // The inline exception: a link in a sentence, a paragraph (or caption) holding other text too.
  const inSentence = (element: Element) => {
    const paragraph = element.closest('p, figcaption');
    return paragraph !== null && (paragraph.textContent ?? '').trim().length > (element.textContent ?? '').trim().length;
  };
  const targets = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')].filter(isShown);
  // The SC's essential exception covers a place on a map: where it is drawn is what it says. (The partners
  // page's caption points to the country list beside the map, whose links are measured.)
  const onMap = (element: Element) => element.closest('svg') !== null;
  const measured = targets.filter((element) => !inSentence(element) && !onMap(element));
  // A control's label is part of its target (a click on it acts on the control): the box is their union.
  const targetBox = (element: Element) => {
    const parts = [element, ...((element as HTMLInputElement).labels ?? [])].map((part) => part.getBoundingClientRect());
    const [left, top] = [Math.min(...parts.map((part) => part.left)), Math.min(...parts.map((part) => part.top))];
    return new DOMRect(left, top, Math.max(...parts.map((part) => part.right)) - left, Math.max(...parts.map((part) => part.bottom)) - top);
  };
  const boxes = new Map(targets.map((element) => [element, targetBox(element)]));
  const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  const small = (box: DOMRect) => box.width < MIN - 0.5 || box.height < MIN - 0.5;
  // Distance from a point to the nearest point of a box.
  const distanceTo = (point: { x: number; y: number }, box: DOMRect) =>
    Math.hypot(Math.max(box.left - point.x, 0, point.x - box.right), Math.max(box.top - point.y, 0, point.y - box.bottom));
  const spaced = (element: Element, box: DOMRect) => {
    const own = centre(box);
    return targets.every((other) => {
      if (other === element || other.contains(element) || element.contains(other)) return true;
      const otherBox = boxes.get(other)!;
      // The 24 px circle may not reach another target, nor another undersized target's circle.
      if (distanceTo(own, otherBox) < MIN / 2) return false;
      if (small(otherBox)) {
        const theirs = centre(otherBox);
        if (Math.hypot(own.x - theirs.x, own.y - theirs.y) < MIN) return false;
      }
      return true;
    });
  };
  return measured
    .filter((element) => small(boxes.get(element)!) && !spaced(element, boxes.get(element)!))
    .map((element) => {
      const box = boxes.get(element)!;
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40) || element.getAttribute('aria-label') || element.getAttribute('href');
      return `"${text}" (${element.tagName.toLowerCase()}): ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`;
    });
}
