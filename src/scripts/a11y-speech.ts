/**
 * 朗读: reads the selected text, or else the page's main content, with the browser's
 * speech synthesis in a Chinese voice where one is installed.
 */

/** Whether this browser can speak at all; the 朗读 button stays hidden otherwise. */
export const canSpeak = (): boolean => 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window && !!window.speechSynthesis;

/**
 * Splits text into sentence-sized pieces: Chromium stops long utterances after about
 * 15 seconds on some systems, and short pieces let the reading be stopped promptly.
 */
export function chunks(text: string, max = 160): string[] {
  const out: string[] = [];
  let current = '';
  for (const sentence of text.replace(/\s+/g, ' ').split(/(?<=[。！？!?；;])/)) {
    if (current && current.length + sentence.length > max) {
      out.push(current);
      current = '';
    }
    current += sentence;
    while (current.length > max) {
      out.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current.trim()) out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The best Chinese voice of `voices`: Mainland Mandarin first, then any Chinese. */
export function findChineseVoice<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)/i.test(v.lang));
}

/**
 * The installed voices. Chromium lists them only after a `voiceschanged` event, and
 * never when the system has none: wait for it, at most `timeout` ms.
 */
export function voicesReady(timeout = 1500): Promise<SpeechSynthesisVoice[]> {
  const synth = window.speechSynthesis;
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeout);
    synth.addEventListener('voiceschanged', done);
  });
}

/**
 * Speaks `text` with `voice`, replacing anything being read; calls `done` once when it
 * ends or fails.
 */
export function speak(text: string, done: () => void, voice?: SpeechSynthesisVoice, rate = 1): void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const parts = chunks(text);
  if (parts.length === 0) return done();
  let finished = false;
  const finish = () => {
    if (!finished) {
      finished = true;
      done();
    }
  };
  parts.forEach((part, i) => {
    const u = new SpeechSynthesisUtterance(part);
    u.lang = 'zh-CN';
    u.rate = rate;
    try {
      if (voice) u.voice = voice;
    } catch {
      /* not a voice object of this browser: the language alone chooses */
    }
    u.onerror = finish;
    if (i === parts.length - 1) u.onend = finish;
    synth.speak(u);
  });
}

/** What 指读 reads for the element under the pointer or with the focus: its own short text. */
export function pointText(target: Element | null, limit = 200): string {
  const el = target?.closest('a, button, summary, label, select, input, h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, legend');
  if (!el) return '';
  const named = el.getAttribute('aria-label');
  const text = (named || (el as HTMLElement).innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
  return text.slice(0, limit);
}

export function stopSpeaking(): void {
  window.speechSynthesis.cancel();
}
