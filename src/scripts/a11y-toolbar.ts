/**
 * Behaviour of the 无障碍浏览 toolbar (src/components/A11yToolbar.astro).
 *
 * The controls are in the HTML but hidden; this script reveals them, so a browser
 * without JavaScript never shows a control that does nothing. Every change is saved
 * (a11y-prefs.ts), reflected on <html> for the CSS, and announced in Chinese in the
 * toolbar's live region.
 */
import { A11Y } from '../lib/ui-strings.ts';
import { PREFS_KEY, TEXT_STEPS, applyPrefs, readPrefs, writePrefs, type Prefs } from './a11y-prefs.ts';
import { setGuide } from './a11y-guide.ts';
import { canSpeak, findChineseVoice, pointText, speak, stopSpeaking, voicesReady } from './a11y-speech.ts';

/** 指读 stays on while the tab is open (sessionStorage); 语速 is remembered (localStorage). */
const POINT_KEY = 'portal-point-read';
const RATE_KEY = 'portal-speech-rate';

type Toggle = 'elderly' | 'contrast' | 'guide';
const TOGGLE_NAMES: Record<Toggle, string> = { elderly: A11Y.elderly, contrast: A11Y.contrast, guide: A11Y.guide };

function init(bar: HTMLElement): void {
  const control = (name: string) => bar.querySelector<HTMLButtonElement>(`[data-a11y="${name}"]`)!;
  const status = bar.querySelector<HTMLElement>('[data-a11y-status]')!;
  const sizeOut = bar.querySelector<HTMLElement>('[data-a11y-size]')!;
  const panel = bar.querySelector<HTMLElement>('[data-a11y-panel]')!;
  const panelButton = control('panel');
  const speakButton = control('speak');
  const pointButton = control('point');
  const rateSelect = bar.querySelector<HTMLSelectElement>('[data-a11y-rate]')!;
  const speechGroup = bar.querySelector<HTMLElement>('[data-a11y-speech]')!;
  const speechNote = bar.querySelector<HTMLElement>('[data-a11y-speech-note]')!;
  const speech = canSpeak();
  let prefs: Prefs = readPrefs();
  let said = 0;
  let selection = '';

  /** Announces `message`; cleared first so the same words are announced again. */
  const say = (message: string) => {
    const n = ++said;
    status.textContent = '';
    setTimeout(() => {
      if (n === said) status.textContent = message;
    }, 60);
  };

  const render = () => {
    applyPrefs(prefs);
    for (const name of Object.keys(TOGGLE_NAMES) as Toggle[]) control(name).setAttribute('aria-pressed', String(prefs[name] === true));
    const step = prefs.text ?? 0;
    control('smaller').setAttribute('aria-disabled', String(step === 0));
    control('larger').setAttribute('aria-disabled', String(step === TEXT_STEPS.length - 1));
    sizeOut.textContent = `${Math.round(TEXT_STEPS[step]! * 100)}%`;
    setGuide(prefs.guide === true);
  };

  const update = (change: Prefs, message: string) => {
    prefs = { ...prefs, ...change };
    writePrefs(prefs);
    render();
    say(message);
  };

  const setSize = (step: number) => {
    // At either end the button is aria-disabled but stays focusable; it says why nothing changed.
    if (step < 0 || step >= TEXT_STEPS.length) return say(step < 0 ? A11Y.saidSizeMin : A11Y.saidSizeMax);
    update({ text: step }, A11Y.saidSize(Math.round(TEXT_STEPS[step]! * 100)));
  };

  const setPanel = (open: boolean) => {
    panel.hidden = !open;
    panelButton.setAttribute('aria-expanded', String(open));
  };

  const stop = () => {
    if (speakButton.getAttribute('aria-pressed') !== 'true') return;
    stopSpeaking();
    speakButton.setAttribute('aria-pressed', 'false');
  };

  const rate = () => Number(rateSelect.value) || 1;

  /** The Chinese voice, or undefined after saying plainly (visibly and aloud) that there is none. */
  const chineseVoice = async (): Promise<SpeechSynthesisVoice | undefined> => {
    const voice = findChineseVoice(await voicesReady());
    speechNote.hidden = !!voice;
    speechNote.textContent = voice ? '' : A11Y.noChineseVoice;
    if (!voice) say(A11Y.noChineseVoice);
    return voice;
  };

  const readAloud = async () => {
    if (speakButton.getAttribute('aria-pressed') === 'true') {
      stop();
      return say(A11Y.saidSpeakStop);
    }
    const chosen = selection || String(window.getSelection() ?? '').trim();
    const main = document.querySelector<HTMLElement>('main article') ?? document.querySelector<HTMLElement>('main');
    const text = chosen || main?.innerText || '';
    selection = '';
    const voice = await chineseVoice();
    if (!voice) return;
    speakButton.setAttribute('aria-pressed', 'true');
    say(chosen ? A11Y.saidSpeakSelection : A11Y.saidSpeakStart);
    speak(text, () => speakButton.setAttribute('aria-pressed', 'false'), voice, rate());
  };

  // 指读: reads what the pointer rests on (after a short pause) or what gets the focus.
  let pointVoice: SpeechSynthesisVoice | undefined;
  let pointTimer = 0;
  let lastPointed: string | undefined;
  const readPointed = (target: EventTarget | null) => {
    if (!pointVoice || !(target instanceof Element)) return;
    const text = pointText(target);
    if (!text || text === lastPointed) return;
    lastPointed = text;
    speak(text, () => {}, pointVoice, rate());
  };
  const onPointer = (event: Event) => {
    clearTimeout(pointTimer);
    pointTimer = window.setTimeout(() => readPointed(event.target), 350);
  };
  const onFocus = (event: Event) => readPointed(event.target);
  const setPoint = async (on: boolean, announce = true) => {
    document.removeEventListener('pointerover', onPointer);
    document.removeEventListener('focusin', onFocus);
    pointVoice = undefined;
    lastPointed = undefined;
    pointButton.setAttribute('aria-pressed', 'false');
    try {
      sessionStorage.removeItem(POINT_KEY);
    } catch {
      /* storage unavailable */
    }
    if (!on) {
      if (announce) say(A11Y.saidOff(A11Y.pointRead));
      return;
    }
    const voice = await chineseVoice();
    if (!voice) return;
    pointVoice = voice;
    pointButton.setAttribute('aria-pressed', 'true');
    document.addEventListener('pointerover', onPointer);
    document.addEventListener('focusin', onFocus);
    try {
      sessionStorage.setItem(POINT_KEY, '1');
    } catch {
      /* storage unavailable */
    }
    if (announce) say(A11Y.saidPointOn);
  };

  rateSelect.addEventListener('change', () => {
    try {
      localStorage.setItem(RATE_KEY, rateSelect.value);
    } catch {
      /* storage unavailable */
    }
    say(A11Y.saidRate(rateSelect.selectedOptions[0]?.textContent ?? ''));
  });

  bar.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-a11y]');
    if (!button) return;
    const action = button.dataset.a11y!;
    const step = prefs.text ?? 0;
    switch (action) {
      case 'panel':
        return setPanel(panel.hidden);
      case 'elderly':
      case 'contrast':
      case 'guide': {
        const on = prefs[action] !== true;
        return update({ [action]: on }, (on ? A11Y.saidOn : A11Y.saidOff)(TOGGLE_NAMES[action]));
      }
      case 'larger':
        return setSize(step + 1);
      case 'smaller':
        return setSize(step - 1);
      case 'size-reset':
        return update({ text: 0 }, A11Y.saidSize(100));
      case 'speak':
        return void readAloud();
      case 'point':
        return void setPoint(pointButton.getAttribute('aria-pressed') !== 'true');
      case 'reset':
        stop();
        if (speech) void setPoint(false, false);
        prefs = {};
        writePrefs(prefs);
        render();
        return say(A11Y.saidReset);
    }
  });

  // Clicking a button can clear the page's selection before `click`; remember it first.
  speakButton.addEventListener('pointerdown', () => {
    const s = window.getSelection();
    selection = s && !bar.contains(s.anchorNode) ? String(s).trim() : '';
  });

  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden && panel.contains(document.activeElement)) {
      setPanel(false);
      panelButton.focus();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && speech) stop();
  });

  // Another tab changed the settings: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === PREFS_KEY || event.key === null) {
      prefs = readPrefs();
      render();
    }
  });
  if (speech) window.addEventListener('pagehide', stop);

  render();
  for (const el of bar.querySelectorAll<HTMLElement>('[data-a11y-js]')) el.hidden = false;
  speakButton.hidden = !speech;
  speechGroup.hidden = !speech;
  if (speech) {
    try {
      const saved = localStorage.getItem(RATE_KEY);
      if (saved && [...rateSelect.options].some((o) => o.value === saved)) rateSelect.value = saved;
      if (sessionStorage.getItem(POINT_KEY) === '1') void setPoint(true, false);
    } catch {
      /* storage unavailable */
    }
  }
}

const bar = document.querySelector<HTMLElement>('[data-a11y-toolbar]');
if (bar) init(bar);
