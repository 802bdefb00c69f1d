/**
 * 十字光标: a horizontal and a vertical line that follow the pointer, and jump to the
 * element that receives keyboard focus, to help keep one's place on the page.
 *
 * The lines are positioned by two CSS custom properties on <html>; the Content-Security-
 * Policy forbids inline styles but not setting properties through the CSSOM from a
 * same-origin script. The element is aria-hidden and ignores the pointer.
 */

let guide: HTMLElement | undefined;
let frame = 0;
let x = -100;
let y = -100;

function place(): void {
  frame = 0;
  const root = document.documentElement.style;
  root.setProperty('--portal-guide-x', `${Math.round(x)}px`);
  root.setProperty('--portal-guide-y', `${Math.round(y)}px`);
}

function moveTo(nx: number, ny: number): void {
  x = nx;
  y = ny;
  if (!frame) frame = requestAnimationFrame(place);
}

function onPointer(e: PointerEvent): void {
  moveTo(e.clientX, e.clientY);
}

function onFocus(e: FocusEvent): void {
  const target = e.target;
  if (!(target instanceof Element) || target === document.body) return;
  const r = target.getBoundingClientRect();
  // Under the focused element, at its start: where the eye reads on from.
  moveTo(r.left, Math.min(r.bottom + 2, window.innerHeight - 2));
}

/** Shows or hides the guide; the listeners exist only while it is shown. */
export function setGuide(on: boolean): void {
  if (on && !guide) {
    guide = document.createElement('div');
    guide.className = 'reading-guide';
    guide.setAttribute('aria-hidden', 'true');
    guide.append(document.createElement('div'), document.createElement('div'));
    document.body.append(guide);
    document.addEventListener('pointermove', onPointer, { passive: true });
    document.addEventListener('focusin', onFocus);
    // Start at the control that switched the guide on, usually the toolbar button.
    const active = document.activeElement;
    if (active && active !== document.body) {
      const r = active.getBoundingClientRect();
      moveTo(r.left, r.bottom + 2);
    }
  } else if (!on && guide) {
    guide.remove();
    guide = undefined;
    document.removeEventListener('pointermove', onPointer);
    document.removeEventListener('focusin', onFocus);
    document.documentElement.style.removeProperty('--portal-guide-x');
    document.documentElement.style.removeProperty('--portal-guide-y');
    if (document.documentElement.getAttribute('style') === '') document.documentElement.removeAttribute('style');
  }
}
